namespace LppdMetrics.Spm;

/// <summary>
/// A target and its realisation in an SPM table (Permendagri 59/2021): the recipients row
/// (<i>A. jumlah yang harus dilayani</i>) of a service, or one quality item (<i>mutu barang/jasa/SDM</i>).
/// </summary>
/// <param name="Target">The target (<i>target</i>), ≥ 0, in the row's unit (people, units, documents, %).</param>
/// <param name="Realized">The realisation (<i>realisasi</i>), ≥ 0, same unit.</param>
/// <param name="Name">The row's label, for traces; null when unnamed.</param>
public sealed record SpmMeasure(decimal Target, decimal Realized, string? Name = null);
