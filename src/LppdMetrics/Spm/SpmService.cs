namespace LppdMetrics.Spm;

/// <summary>A basic service (<i>jenis pelayanan dasar</i>) of an SPM urusan, with its recipients and quality rows.</summary>
/// <param name="Name">The service's name.</param>
/// <param name="Recipients">The recipients row (<i>A. jumlah yang harus dilayani</i>); required.</param>
/// <param name="QualityGroups">The quality items (<i>B. mutu</i>) in one or more groups; empty when the service has none.</param>
/// <param name="SubAffair">The sub-urusan it belongs to (Trantibumlinmas: "TRANTIBUM", "KEBENCANAAN", "DAMKAR"); null otherwise.</param>
public sealed record SpmService(string Name, SpmMeasure Recipients, IReadOnlyList<SpmQualityGroup> QualityGroups, string? SubAffair = null);
