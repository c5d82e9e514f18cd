namespace LppdMetrics.Spm;

/// <summary>
/// A group of quality items of a service (<i>B. jumlah mutu barang/jasa/SDM</i>): the whole list when the table has
/// no sub-groups (<paramref name="Name"/> null), or one sub-group such as "SD"/"SMP" of Pendidikan Dasar.
/// </summary>
/// <param name="Name">The sub-group's name; null for the single unnamed group.</param>
/// <param name="Items">The quality items; may be empty (a group without items is skipped in the quality mean).</param>
public sealed record SpmQualityGroup(string? Name, IReadOnlyList<SpmMeasure> Items);
