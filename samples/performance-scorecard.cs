#:project ../src/LppdMetrics/LppdMetrics.csproj
#:package Sep@0.17.1
#:property ManagePackageVersionsCentrally=false

// A performance scorecard (capaian kinerja) from a table of indicators as a report prints them:
// capaian with polarity, predikat (Permendagri 86/2017), the mean per sasaran as the report averages it,
// and the calculation trace of one figure. Writes scorecard.csv and scorecard.json to the system's temporary folder
// (nothing is written to the repository).
//
//   dotnet run performance-scorecard.cs                  the Sasaran 7 and 9 rows of LPPD Kabupaten Blitar 2024
//   dotnet run performance-scorecard.cs -- FILE.csv      columns: sasaran, indikator, polaritas (+/-), target, realisasi
//
// Targets and realisations are read as printed ("8,19", "3.273.408", "NIHIL" = missing, never zero), and the
// figures print the Indonesian way (100,37%), as the report does (the calculation trace keeps the library's
// decimal point). A file that cannot be read gives one line on
// stderr and exit code 2.

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

// Anything the library refuses ends the run with its one-line message, not a stack trace.
AppDomain.CurrentDomain.UnhandledException += (_, e) => Fail<int>(((Exception)e.ExceptionObject).Message);
string source = args.Length > 0 ? args[0] : "the Blitar rows";
if (args.Length > 0 && !File.Exists(args[0]))
    Fail<int>($"{args[0]}: no such file");
using var reader = args.Length > 0
    ? Sep.Reader(o => o with { Unescape = true }).FromFile(args[0])
    : Sep.Reader(o => o with { Unescape = true }).FromText(BlitarRows);
foreach (string column in (string[])["sasaran", "indikator", "polaritas", "target", "realisasi"])
{
    if (!reader.Header.ColNames.Contains(column))
        Fail<int>($"{source}, header: no column '{column}' (columns: sasaran, indikator, polaritas, target, realisasi)");
}

var rows = new List<(string Sasaran, string Indicator, AchievementResult Achievement)>();
int dataRow = 0;   // data rows count from 1 after the header
foreach (var row in reader)
{
    dataRow++;
    var polarity = row["polaritas"].ToString().Trim() switch
    {
        "-" => Polarity.Negative,
        "+" => Polarity.Positive,
        string other => Fail<Polarity>($"{source}, row {dataRow}, column polaritas: '{other}' is neither + nor -"),
    };
    ReportNumber target = Cell(source, dataRow, "target", row["target"].ToString());
    ReportNumber realization = Cell(source, dataRow, "realisasi", row["realisasi"].ToString());
    rows.Add((row["sasaran"].ToString(), row["indikator"].ToString(),
        Achievement.Compute(target.ScaledValue, realization.ScaledValue, polarity)));
}
if (rows.Count == 0)
    Fail<int>($"{source}: no data rows");

string Show(decimal? value, int decimals = 2) =>
    value is decimal v ? IndonesianNumber.Format(v, decimals, NumberFormatOptions.Percent) : "—";

Console.WriteLine($"{"sasaran",-10} {"indikator",-36} {"achievement",10}  predikat");
foreach (var (sasaran, indicator, achievement) in rows)
{
    string predicate = achievement.Value is decimal c ? PerformancePredicates.Classify(c).Label : achievement.UndefinedReason ?? "";
    Console.WriteLine($"{sasaran,-10} {indicator,-36} {Show(achievement.Value),10}  {predicate}");
}

Console.WriteLine();
var means = new List<(string Sasaran, AchievementMeanResult Mean)>();
foreach (var group in rows.GroupBy(r => r.Sasaran))
{
    // The report averages the printed (2-dp) capaian of the indicators that have one.
    var defined = group.Select(r => r.Achievement).Where(c => c.HasValue).ToList();
    if (defined.Count == 0)
    {
        Console.WriteLine($"{group.Key}: no indicator with a capaian");
        continue;
    }
    var mean = AchievementAggregation.Mean(defined);
    means.Add((group.Key, mean));
    string predicate = mean.Value is decimal m ? PerformancePredicates.Classify(m).Label : "";
    Console.WriteLine($"{group.Key}: mean capaian {Show(mean.Value, mean.Decimals)} ({predicate}) over {mean.MemberCount} indicators");
}

Console.WriteLine();
Console.WriteLine("How the TPT capaian was computed:");
Console.WriteLine(rows[0].Achievement.Trace.ToText());

string outDir = Path.Combine(Path.GetTempPath(), "lppdmetrics-samples");
Directory.CreateDirectory(outDir);
using (var writer = Sep.Writer(o => o with { Sep = new Sep(';') }).ToFile(Path.Combine(outDir, "scorecard.csv")))
{
    foreach (var (sasaran, indicator, achievement) in rows)
    {
        using var w = writer.NewRow();
        w["sasaran"].Set(sasaran);
        w["indikator"].Set(indicator);
        w["polaritas"].Set(achievement.Polarity.ToString());
        w["capaian"].Set(achievement.Value?.ToString(CultureInfo.InvariantCulture) ?? "");
        w["capaian_unrounded"].Set(achievement.Unrounded?.ToString(CultureInfo.InvariantCulture) ?? "");
        w["missing"].Set(achievement.UndefinedReason ?? "");
    }
}
using (var stream = File.Create(Path.Combine(outDir, "scorecard.json")))
using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
{
    json.WriteStartArray();
    foreach (var (sasaran, indicator, achievement) in rows)
    {
        json.WriteStartObject();
        json.WriteString("sasaran", sasaran);
        json.WriteString("indikator", indicator);
        if (achievement.Value is decimal v) json.WriteNumber("capaian", v); else json.WriteNull("capaian");
        if (achievement.Unrounded is decimal u) json.WriteNumber("unrounded", u); else json.WriteNull("unrounded");
        json.WriteString("rule", achievement.Trace.Rule);
        json.WriteEndObject();
    }
    json.WriteEndArray();
}
Console.WriteLine();
Console.WriteLine($"Wrote scorecard.csv and scorecard.json to {outDir} ({rows.Count} indicators, {means.Count} sasaran).");

static ReportNumber Cell(string source, int row, string column, string text) =>
    IndonesianNumber.TryParse(text, out ReportNumber number)
        ? number
        : Fail<ReportNumber>($"{source}, row {row}, column {column}: '{text}' is not a number as a report prints it");

static T Fail<T>(string problem)
{
    Console.Error.WriteLine("performance-scorecard: " + problem.ReplaceLineEndings(" "));
    Environment.Exit(2);
    return default!;
}
