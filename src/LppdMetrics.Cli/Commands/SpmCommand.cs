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
        var input = new InputFileArgument("JSON file of one urusan: its services with their recipient (A) and quality (B) items (schema: docs/methods.md#spm-file in the LppdMetrics repository).");
        var categories = EnumOption.Create("--categories",
            "Category band table: twenty-point (recollected Permendagri 59/2021) or ten-point (third-party dashboard). Both unverified below 100.",
            SpmBands.TwentyPoint, SpmBands.TenPoint);
        var format = OutputFormatOption.Create(OutputFormat.Json);
        var command = new Command("spm", "SPM achievement index (Permendagri 59/2021): per service 0,8 × recipients capaian + 0,2 × quality capaian; urusan = mean of services.");
        input.AddTo(command);
        command.AddOptions(categories, format);
        command.SetAction(parse =>
        {
            string file = input.Required(parse);
            SpmAffair affair = Read(file);
            var options = new SpmOptions
            {
                Categories = parse.GetValue(categories) == SpmBands.TenPoint ? SpmCategoryTable.TenPointBands : SpmCategoryTable.TwentyPointBands,
            };
            SpmAffairResult result = ArgumentErrors.About(file, () => SpmIndex.Compute(affair, options));
            SpmRenderer.Instance.Write(context.Out, parse.GetValue(format), new SpmOutput(file, result, options.Categories.Regulation));
            return ExitCodes.Success;
        });
        return command;
    }

    private static SpmAffair Read(string file)
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
            return model.ToDocument(file, Path.GetFileNameWithoutExtension(file)).ToAffair();
        }
        catch (ReportDocumentException ex)
        {
            throw new InputException(file, null, null, ex.Message);
        }
    }
}

/// <summary>The <c>--categories</c> values of <c>lppd spm</c>.</summary>
internal enum SpmBands
{
    /// <summary>twenty-point: <see cref="SpmCategoryTable.TwentyPointBands"/> (recollected Permendagri 59/2021).</summary>
    TwentyPoint,

    /// <summary>ten-point: <see cref="SpmCategoryTable.TenPointBands"/> (third-party dashboard).</summary>
    TenPoint,
}
