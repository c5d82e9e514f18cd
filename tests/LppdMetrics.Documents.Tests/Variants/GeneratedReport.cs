using FsCheck;
using FsCheck.Fluent;

namespace LppdMetrics.Documents.Tests.Variants;

/// <summary>One row of a generated table: a name and three printed values (T, R, % for capaian; anggaran, realisasi, % for a budget).</summary>
public sealed record GeneratedRow(string Name, decimal First, decimal Second, decimal Percent);

/// <summary>
/// A generated table in the seed's layout: a capaian table (Target / Realisasi / %, closed by a "Capaian Kinerja"
/// row) or a budget table (Anggaran / Realisasi / %, closed by a Total row); <see cref="SplitAfter"/> puts a page
/// break with a repeated header after that many rows (0: none). The printed values are arbitrary: the renderer and
/// the extractor must agree on them, whether or not they are consistent.
/// </summary>
public sealed record GeneratedTable(string Number, bool Budget, IReadOnlyList<GeneratedRow> Rows, decimal Closing, decimal ClosingFirst, decimal ClosingSecond, int SplitAfter);

/// <summary>A generated report: a region, a year and its tables, of a kabupaten, a kota or a provinsi (<paramref name="Kind"/>).</summary>
public sealed record GeneratedReport(string Region, int Year, IReadOnlyList<GeneratedTable> Tables, RegionKind Kind = RegionKind.Kabupaten)
{
    /// <summary>The region as the report's title names it ("Kota Sukamaju").</summary>
    public string FullRegion => Kind + " " + Region;

    private static readonly string[] Words =
        ["Layanan", "Pendidikan", "Kesehatan", "Jalan", "Air Minum", "Pertanian", "Perikanan", "Pariwisata", "Arsip", "Koperasi", "Desa", "Pemuda", "Lingkungan", "Perumahan"];

    private static readonly string[] Regions = ["Sukamaju", "Tanjung Sari", "Lembah Hijau", "Pasir Putih"];

    private static Gen<decimal> Hundredths(int low, int high) => Gen.Choose(low, high).Select(v => v / 100m);

    private static Gen<GeneratedRow> Row(bool budget) =>
        from word in Gen.Elements(Words)
        from word2 in Gen.Elements(Words)
        from first in budget ? Gen.Choose(1_000, 2_000_000).Select(v => v * 1000m) : Hundredths(1, 100_000)
        from second in budget ? Gen.Choose(1_000, 2_000_000).Select(v => v * 1000m) : Hundredths(1, 100_000)
        from percent in Hundredths(0, 30_000)
        select new GeneratedRow((budget ? "Program " : "Indeks ") + word + " dan " + word2, first, second, percent);

    private static Gen<GeneratedTable> Table =>
        from budget in Gen.Elements(true, false)
        from count in Gen.Choose(1, 6)
        from rows in Row(budget).ListOf(count)
        from closing in Hundredths(0, 30_000)
        from a in Gen.Choose(1_000, 9_000_000).Select(v => v * 1000m)
        from b in Gen.Choose(1_000, 9_000_000).Select(v => v * 1000m)
        from split in Gen.Choose(0, count - 1)
        select new GeneratedTable("", budget, rows.ToList(), closing, a, b, split);

    /// <summary>Reports of 1 to 5 tables, of a kabupaten, a kota or a provinsi.</summary>
    public static Gen<GeneratedReport> Generator =>
        from kind in Gen.Elements(RegionKind.Kabupaten, RegionKind.Kota, RegionKind.Provinsi)
        from region in Gen.Elements(Regions)
        from year in Gen.Choose(2020, 2030)
        from n in Gen.Choose(1, 5)
        from tables in Table.ListOf(n)
        select new GeneratedReport(region, year, tables.Select((t, i) => t with { Number = "3." + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }).ToList(), kind);

    /// <summary>Shrinks by dropping a table, then a row, then the page break.</summary>
    public static IEnumerable<GeneratedReport> Shrink(GeneratedReport report)
    {
        for (int t = 0; t < report.Tables.Count && report.Tables.Count > 1; t++)
            yield return report with { Tables = report.Tables.Where((_, i) => i != t).ToList() };
        for (int t = 0; t < report.Tables.Count; t++)
        {
            var table = report.Tables[t];
            if (table.SplitAfter > 0)
                yield return With(report, t, table with { SplitAfter = 0 });
            for (int r = 0; r < table.Rows.Count && table.Rows.Count > 1; r++)
                yield return With(report, t, table with { Rows = table.Rows.Where((_, i) => i != r).ToList(), SplitAfter = Math.Min(table.SplitAfter, table.Rows.Count - 2) });
        }
    }

    /// <summary>The arbitrary (generator and shrinker) for FsCheck properties.</summary>
    public static Arbitrary<GeneratedReport> Arbitrary => Arb.From(Generator, Shrink);

    private static GeneratedReport With(GeneratedReport report, int t, GeneratedTable table) =>
        report with { Tables = report.Tables.Select((x, i) => i == t ? table : x).ToList() };
}
