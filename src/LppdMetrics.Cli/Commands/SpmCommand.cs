using System.CommandLine;
using System.Globalization;
using System.Text.Json;
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
        NoNulls(file, model);
        var services = model.Services.Select(s => new SpmService(
            s.Name,
            new SpmMeasure(s.Recipients.Target, s.Recipients.Realized, s.Recipients.Name),
            s.QualityGroups.Select(g => new SpmQualityGroup(g.Name, g.Items.Select(i => new SpmMeasure(i.Target, i.Realized, i.Name)).ToArray())).ToArray(),
            s.SubUrusan)).ToArray();
        return new SpmUrusan(model.Urusan ?? Path.GetFileNameWithoutExtension(file), services, model.SubUrusan?.Select(x => x.Name).ToArray());
    }

    // System.Text.Json fills a list with null for a JSON null element ("subUrusan":[null]); refuse it by path.
    private static void NoNulls(string file, SpmFileModel model)
    {
        static void Check<T>(string file, IReadOnlyList<T?>? list, string path) where T : class
        {
            if (list is null)
                return;
            for (int i = 0; i < list.Count; i++)
                if (list[i] is null)
                    throw new InputException(file, null, null, FormattableString.Invariant($"path '{path}[{i}]' is null; expected an object."));
        }
        Check(file, model.SubUrusan, "$.subUrusan");
        Check(file, model.Services, "$.services");
        for (int s = 0; s < model.Services.Count; s++)
        {
            var service = model.Services[s];
            string at = FormattableString.Invariant($"$.services[{s}]");
            if (service.Recipients is null)
                throw new InputException(file, null, null, $"path '{at}.recipients' is missing or null; expected an object with target and realized.");
            Check(file, service.QualityGroups, at + ".qualityGroups");
            for (int g = 0; g < (service.QualityGroups?.Count ?? 0); g++)
                Check(file, service.QualityGroups![g].Items, FormattableString.Invariant($"{at}.qualityGroups[{g}].items"));
        }
    }

    private static void WriteJson(TextWriter output, SpmUrusanResult r) =>
        JsonOutput.Write(output, w =>
        {
            w.WriteStartObject();
            w.WriteString("urusan", r.Name);
            w.WriteNumber("index", r.Index);
            w.WriteString("category", r.Category.Name);
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
                w.WriteString("category", sub.Category.Name);
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
            o.WriteLine(string.Create(ci, $"sub-urusan {sub.Name}: {sub.Rounded:0.00} ({sub.Category.Name})"));
        o.WriteLine(string.Create(ci, $"urusan index {r.Rounded:0.00}: {r.Category.Name} (category bands: {options.Categories.Source})"));
        if (r.SubUrusan.Count > 0)
            o.WriteLine("note: the urusan index is the mean of all service indices; the report prints only the sub-urusan indices.");
    }
}
