using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using LppdMetrics.Reports;
using LppdMetrics.Spm;

namespace LppdMetrics.Cli;

/// <summary>
/// <c>lppd spm</c>: the SPM achievement index (Permendagri 59/2021) of one urusan from a JSON file in the schema of
/// docs/methods.md#spm-file (one urusan: services with their recipient and quality items), with every service and
/// sub-urusan index.
/// </summary>
public static class SpmCommand
{
    /// <summary>Creates the command.</summary>
    /// <param name="context">Where it writes.</param>
    /// <returns>The command.</returns>
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "JSON file of one urusan: its services with their recipient (A) and quality (B) items (schema: docs/methods.md#spm-file in the LppdMetrics repository).", Required = true };
        var categories = new Option<string>("--categories")
        {
            Description = "Category band table: twenty-point (default; recollected Permendagri 59/2021) or ten-point (third-party dashboard). Both unverified below 100.",
            DefaultValueFactory = _ => "twenty-point",
        };
        categories.AcceptOnlyFromAmong("twenty-point", "ten-point");
        var format = OutputFormat.Create(OutputFormat.Text, OutputFormat.Json);
        var command = new Command("spm", "SPM achievement index (Permendagri 59/2021): per service 0,8 × recipients capaian + 0,2 × quality capaian; urusan = mean of services.");
        command.Options.Add(input);
        command.Options.Add(categories);
        command.Options.Add(format);
        command.SetAction(parse =>
        {
            string file = parse.GetValue(input)!;
            SpmUrusan urusan = Read(file);
            var options = new SpmOptions
            {
                Categories = parse.GetValue(categories) == "ten-point" ? SpmCategoryTable.TenPointBands : SpmCategoryTable.TwentyPointBands,
            };
            SpmUrusanResult result = ArgumentErrors.About(file, () => SpmIndex.Compute(urusan, options));
            if (parse.GetValue(format) == OutputFormat.Json)
                WriteJson(context.Out, result);
            else
                WriteText(context.Out, file, result, options);
            return ExitCodes.Success;
        });
        return command;
    }

    private static SpmUrusan Read(string file)
    {
        SpmFileModel? model;
        byte[] bytes = InputFile.ReadBytes(file);
        try
        {
            model = JsonSerializer.Deserialize(bytes, SpmFileJsonContext.Default.SpmFileModel);
        }
        catch (JsonException ex)
        {
            throw JsonErrors.About(file, ex);
        }
        if (model is null)
            throw new InputException(file, null, null, "the file holds JSON null; expected an object with 'services'.");
        if (model.Services is null || model.Services.Count == 0)
            throw new InputException(file, null, "$.services", "no services; at least one is required.");
        try
        {
            return model.ToDocument(file, Path.GetFileNameWithoutExtension(file)).ToUrusan();
        }
        catch (ReportDocumentException ex)
        {
            throw new InputException(file, null, null, ex.Message);
        }
    }

    private static void WriteJson(TextWriter output, SpmUrusanResult r) =>
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("urusan", r.Name);
            w.WriteNumber("index", r.Index);
            w.WriteString("category", r.Category.Label);
            w.WriteBoolean("categoryVerified", r.Category.Verified);
            w.WriteStartArray("services");
            foreach (SpmServiceResult s in r.Services)
            {
                w.WriteStartObject();
                w.WriteString("name", s.Name);
                if (s.SubUrusan is not null) w.WriteString("subUrusan", s.SubUrusan);
                w.WriteNumber("index", s.Index);
                w.WriteNumber("recipients", s.Recipients.Capaian);
                w.WriteNumber("quality", s.Quality.Capaian);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("subUrusan");
            foreach (SpmSubUrusanResult sub in r.SubUrusan)
            {
                w.WriteStartObject();
                w.WriteString("name", sub.Name);
                w.WriteNumber("index", sub.Index);
                w.WriteString("category", sub.Category.Label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private static void WriteText(TextWriter o, string file, SpmUrusanResult r, SpmOptions options)
    {
        var ci = CultureInfo.InvariantCulture;
        o.WriteLine(string.Create(ci, $"SPM index (Permendagri 59/2021) of {r.Name} ({file})"));
        o.WriteLine("  #  service                                                  A recipients  B quality   index");
        for (int i = 0; i < r.Services.Count; i++)
        {
            SpmServiceResult s = r.Services[i];
            string name = (s.SubUrusan is null ? "" : s.SubUrusan + ": ") + s.Name;
            if (name.Length > 55) name = name[..54] + "…";
            o.WriteLine(string.Create(ci, $"{i + 1,3}  {name,-55}  {s.Recipients.Rounded,12:0.00}  {s.Quality.Rounded,9:0.00}  {s.Rounded,6:0.00}"));
        }
        foreach (SpmSubUrusanResult sub in r.SubUrusan)
            o.WriteLine(string.Create(ci, $"sub-urusan {sub.Name}: {sub.Rounded:0.00} ({sub.Category.Label})"));
        o.WriteLine(string.Create(ci, $"urusan index {r.Rounded:0.00}: {r.Category.Label} (category bands: {options.Categories.Source})"));
        if (r.SubUrusan.Count > 0)
            o.WriteLine("note: the urusan index is the mean of all service indices; the report prints only the sub-urusan indices.");
    }
}
