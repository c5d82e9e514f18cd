namespace LppdMetrics.Documents.Writing;

/// <summary>The language of an audit report: its status names, rule descriptions, column heads and number format.</summary>
public enum ReportLanguage
{
    /// <summary>Bahasa Indonesia: numbers as LPPD reports print them (<c>2.745.959.201.750,96</c>, <c>94,60 %</c>).</summary>
    Indonesian = 0,

    /// <summary>English: numbers with a decimal point and comma thousands (<c>2,745,959,201,750.96</c>, <c>94.60%</c>).</summary>
    English = 1,
}
