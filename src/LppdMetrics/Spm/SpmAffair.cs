namespace LppdMetrics.Spm;

/// <summary>
/// An SPM government affair (<i>urusan</i>: pendidikan, kesehatan, pekerjaan umum, perumahan rakyat,
/// trantibumlinmas, sosial) with its services.
/// </summary>
/// <param name="Name">The urusan's name.</param>
/// <param name="Services">The basic services, at least one.</param>
/// <param name="SubAffair">The sub-urusan in print order (Trantibumlinmas); null to take them from the services in order of
/// first appearance (none when no service names one).</param>
public sealed record SpmAffair(string Name, IReadOnlyList<SpmService> Services, IReadOnlyList<string>? SubAffair = null);
