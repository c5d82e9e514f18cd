#:project ../src/LppdMetrics/LppdMetrics.csproj
#:package Sep@0.17.1
#:property ManagePackageVersionsCentrally=false

// A performance scorecard (capaian kinerja) from a table of indicators as a report prints them:
// capaian with polarity, predikat (Permendagri 86/2017), the mean per sasaran as the report averages it,
// and the calculation trace of one figure. Writes out/scorecard.csv and out/scorecard.json.
//
//   dotnet run performance-scorecard.cs                  the Sasaran 7 and 9 rows of LPPD Kabupaten Blitar 2024
//   dotnet run performance-scorecard.cs -- FILE.csv      columns: sasaran, indikator, polaritas (+/-), target, realisasi
//
// Targets and realisations are read as printed ("8,19", "3.273.408", "NIHIL" = missing, never zero).

using System.Globalization;
using System.Text.Json;
using LppdMetrics.Accountability;
using LppdMetrics.Numbers;
using nietras.SeparatedValues;

const string BlitarRows = """
sasaran;indikator;polaritas;target;realisasi
Sasaran 7;Tingkat Pengangguran Terbuka (%);-;3,25;4,77
Sasaran 7;Pengeluaran per kapita (Rp 000);+;12.812;12.020
Sasaran 9;Pertumbuhan PDRB Pertanian (%);+;2,97;-0,28
Sasaran 9;Pertumbuhan PDRB Industri (%);+;6,73;5,52
Sasaran 9;Pertumbuhan PDRB Perdagangan (%);+;7,82;6,62
Sasaran 9;Jumlah Kunjungan Wisata;+;3.174.257;3.273.408
Sasaran 9;ICOR;+;5,73;6,19
Sasaran 9;Indikator tanpa data;+;10;NIHIL
""";

using var reader = args.Length > 0
    ? Sep.Reader(o => o with { Unescape = true }).FromFile(args[0])
    : Sep.Reader(o => o with { Unescape = true }).FromText(BlitarRows);

var rows = new List<(string Sasaran, string Indicator, CapaianResult Capaian)>();
foreach (var row in reader)
{
    var polarity = row["polaritas"].ToString().Trim() == "-" ? Polarity.Negative : Polarity.Positive;
    ReportNumber target = IndonesianNumber.Parse(row["target"].ToString());
    ReportNumber realization = IndonesianNumber.Parse(row["realisasi"].ToString());
    rows.Add((row["sasaran"].ToString(), row["indikator"].ToString(),
        Capaian.Compute(target.ScaledValue, realization.ScaledValue, polarity)));
}

string Show(decimal? value, int decimals = 2) =>
    value is decimal v ? IndonesianNumber.Format(v, decimals, NumberFormatOptions.Percent) : "—";

Console.WriteLine($"{"sasaran",-10} {"indikator",-36} {"capaian",10}  predikat");
foreach (var (sasaran, indicator, capaian) in rows)
{
    string predicate = capaian.Value is decimal c ? PerformancePredicates.Classify(c).Label : capaian.MissingReason ?? "";
    Console.WriteLine($"{sasaran,-10} {indicator,-36} {Show(capaian.Value),10}  {predicate}");
}

Console.WriteLine();
var means = new List<(string Sasaran, CapaianMeanResult Mean)>();
foreach (var group in rows.GroupBy(r => r.Sasaran))
{
    // The report averages the printed (2-dp) capaian of the indicators that have one.
    var mean = CapaianAggregation.Mean(group.Select(r => r.Capaian).Where(c => c.HasValue).ToList());
    means.Add((group.Key, mean));
    string predicate = mean.Value is decimal m ? PerformancePredicates.Classify(m).Label : "";
    Console.WriteLine($"{group.Key}: mean capaian {Show(mean.Value, mean.Decimals)} ({predicate}) over {mean.MemberCount} indicators");
}

Console.WriteLine();
Console.WriteLine("How the TPT capaian was computed:");
Console.WriteLine(rows[0].Capaian.Trace.ToText());

Directory.CreateDirectory("out");
using (var writer = Sep.Writer(o => o with { Sep = new Sep(';') }).ToFile(Path.Combine("out", "scorecard.csv")))
{
    foreach (var (sasaran, indicator, capaian) in rows)
    {
        using var w = writer.NewRow();
        w["sasaran"].Set(sasaran);
        w["indikator"].Set(indicator);
        w["polaritas"].Set(capaian.Polarity.ToString());
        w["capaian"].Set(capaian.Value?.ToString(CultureInfo.InvariantCulture) ?? "");
        w["capaian_unrounded"].Set(capaian.Unrounded?.ToString(CultureInfo.InvariantCulture) ?? "");
        w["missing"].Set(capaian.MissingReason ?? "");
    }
}
using (var stream = File.Create(Path.Combine("out", "scorecard.json")))
using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
{
    json.WriteStartArray();
    foreach (var (sasaran, indicator, capaian) in rows)
    {
        json.WriteStartObject();
        json.WriteString("sasaran", sasaran);
        json.WriteString("indikator", indicator);
        if (capaian.Value is decimal v) json.WriteNumber("capaian", v); else json.WriteNull("capaian");
        if (capaian.Unrounded is decimal u) json.WriteNumber("unrounded", u); else json.WriteNull("unrounded");
        json.WriteString("rule", capaian.Trace.Rule);
        json.WriteEndObject();
    }
    json.WriteEndArray();
}
Console.WriteLine();
Console.WriteLine($"Wrote out/scorecard.csv and out/scorecard.json ({rows.Count} indicators, {means.Count} sasaran).");
