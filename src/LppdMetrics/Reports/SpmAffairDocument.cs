using System.Globalization;
using LppdMetrics.Spm;
using System.Text.Json.Serialization;

namespace LppdMetrics.Reports;

/// <summary>
/// The SPM achievement table of one urusan (Permendagri 59/2021): its services with their recipients and quality
/// items (target and realisation as printed) and every printed capaian and index.
/// </summary>
public sealed record SpmAffairDocument
{
    /// <summary>A stable identifier ("spm/kesehatan").</summary>
    public required string Id { get; init; }

    /// <summary>The urusan's name ("Kesehatan").</summary>
    public required string Name { get; init; }

    /// <summary>The report section ("4.2").</summary>
    public string? Section { get; init; }

    /// <summary>The printed urusan index (%); null when not printed (an urusan with sub-urusan prints theirs).</summary>
    public PrintedValue? Index { get; init; }

    /// <summary>The printed category word ("TUNTAS UTAMA"); null when not printed.</summary>
    public PrintedText? Category { get; init; }

    /// <summary>The sub-urusan (Trantibumlinmas: TRANTIBUM, KEBENCANAAN, DAMKAR) with their printed indices; empty when none.</summary>
    [JsonPropertyName("subUrusan")]
    public IReadOnlyList<SpmSubAffairDocument> SubAffair
    {
        get => _subAffair;
        init => _subAffair = value ?? [];
    }

    private readonly IReadOnlyList<SpmSubAffairDocument> _subAffair = [];

    /// <summary>The services (jenis pelayanan dasar).</summary>
    public IReadOnlyList<SpmServiceDocument> Services
    {
        get => _services;
        init => _services = value ?? [];
    }

    private readonly IReadOnlyList<SpmServiceDocument> _services = [];

    /// <summary>
    /// The urusan as the input of <see cref="SpmIndex"/>: its services with their recipients and quality items
    /// (target, realisation and row name as printed) and the names of its sub-urusan (null when none). The one mapping
    /// from the SPM document model to the domain, used by the audit and by <c>lppd spm</c>.
    /// </summary>
    /// <param name="path">The JSON path of this urusan in its document ("$" for an SPM file, "$.spm[2]" in a report),
    /// for error messages.</param>
    /// <returns>The domain input.</returns>
    /// <exception cref="ReportDocumentException">A list holds a null element, or a service has no recipients row; the
    /// message names the JSON path.</exception>
    public SpmAffair ToAffair(string path = "$")
    {
        Guard.NotNull(path);
        NoNulls(SubAffair, path + ".subUrusan");
        NoNulls(Services, path + ".services");
        var services = new SpmService[Services.Count];
        for (int s = 0; s < Services.Count; s++)
        {
            SpmServiceDocument service = Services[s];
            string at = string.Create(CultureInfo.InvariantCulture, $"{path}.services[{s}]");
            if (service.Recipients is null)
                throw new ReportDocumentException($"path '{at}.recipients' is missing or null; expected an object with target and realized.", Id, at + ".recipients");
            NoNulls(service.QualityGroups, at + ".qualityGroups");
            var groups = new SpmQualityGroup[service.QualityGroups.Count];
            for (int g = 0; g < groups.Length; g++)
            {
                SpmQualityGroupDocument group = service.QualityGroups[g];
                NoNulls(group.Items, string.Create(CultureInfo.InvariantCulture, $"{at}.qualityGroups[{g}].items"));
                groups[g] = new SpmQualityGroup(group.Name, group.Items.Select(Measure).ToArray());
            }
            services[s] = new SpmService(service.Name, Measure(service.Recipients), groups, service.SubAffair);
        }
        return new SpmAffair(Name, services, SubAffair.Count == 0 ? null : SubAffair.Select(x => x.Name).ToArray());
    }

    private static SpmMeasure Measure(SpmCountDocument row) => new(row.Target, row.Realized, row.Name);

    // System.Text.Json fills a list with null for a JSON null element ("subUrusan":[null]); refuse it by path.
    private void NoNulls<T>(IReadOnlyList<T?> list, string path) where T : class
    {
        for (int i = 0; i < list.Count; i++)
            if (list[i] is null)
            {
                string at = string.Create(CultureInfo.InvariantCulture, $"{path}[{i}]");
                throw new ReportDocumentException($"path '{at}' is null; expected an object.", Id, at);
            }
    }
}
