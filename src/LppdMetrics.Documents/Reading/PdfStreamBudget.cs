using System.IO.Compression;
using UglyToad.PdfPig.Filters;
using UglyToad.PdfPig.Tokens;

namespace LppdMetrics.Documents.Reading;

/// <summary>
/// PdfPig's stream filters with a budget on what Flate (zlib) streams inflate to: at most <see cref="MaxStreamBytes"/>
/// for one stream and <see cref="MaxDocumentBytes"/> for the whole document. Deflate packs about 1000 bytes into one,
/// so a 9 MB PDF can hold a page content stream of 2 GiB (PdfPig inflated it in 55 s and 5.7 GB of memory); an LPPD
/// report's streams inflate to a few MB each and tens of MB in all. Each Flate stream is measured by inflating it
/// once into nothing, stopping at the bound, before PdfPig's own filter decodes it (predictors and all).
/// </summary>
internal sealed class PdfStreamBudget : IFilterProvider
{
    /// <summary>The most one Flate stream may inflate to: 256 MiB.</summary>
    public const long MaxStreamBytes = 256L * 1024 * 1024;

    /// <summary>The most the Flate streams of one document may inflate to in all: 1 GiB.</summary>
    public const long MaxDocumentBytes = 1024L * 1024 * 1024;

    private readonly IFilterProvider inner = DefaultFilterProvider.Instance;
    private long spent;

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetFilters(DictionaryToken dictionary) => Bound(inner.GetFilters(dictionary));

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetNamedFilters(IReadOnlyList<NameToken> names) => Bound(inner.GetNamedFilters(names));

    /// <inheritdoc/>
    public IReadOnlyList<IFilter> GetAllFilters() => Bound(inner.GetAllFilters());

    private List<IFilter> Bound(IReadOnlyList<IFilter> filters) => [.. filters.Select(f => f is FlateFilter ? new Bounded(f, this) : f)];

    /// <summary>Counts <paramref name="bytes"/> against the budget; the refusal when one stream or the document exceeds it.</summary>
    private void Spend(long bytes)
    {
        if (bytes > MaxStreamBytes)
            throw new DocumentReadException($"a compressed stream of the PDF inflates to more than {MaxStreamBytes / (1024 * 1024)} MiB (a compression bomb?).");
        spent += bytes;
        if (spent > MaxDocumentBytes)
            throw new DocumentReadException($"the compressed streams of the PDF inflate to more than {MaxDocumentBytes / (1024 * 1024)} MiB in all (a compression bomb?).");
    }

    /// <summary>
    /// The bytes a zlib stream inflates to, counted up to one past <see cref="MaxStreamBytes"/>; as far as it goes for a
    /// corrupt one (PdfPig's filter then reports or tolerates it as before).
    /// </summary>
    private static long Inflated(ReadOnlyMemory<byte> input)
    {
        // Like PdfPig's filter: the 2 bytes of the zlib header, then raw deflate.
        if (input.Length < 2)
            return 0;
        using var deflate = new DeflateStream(new MemoryStream(input[2..].ToArray()), CompressionMode.Decompress);
        byte[] sink = new byte[1 << 16];
        long total = 0;
        try
        {
            int n;
            while (total <= MaxStreamBytes && (n = deflate.Read(sink, 0, sink.Length)) > 0)
                total += n;
        }
        catch (InvalidDataException)
        {
            // a corrupt stream: what inflated so far counts
        }
        return total;
    }

    /// <summary>PdfPig's Flate filter, run once the stream is known to fit the budget.</summary>
    private sealed class Bounded(IFilter flate, PdfStreamBudget budget) : IFilter
    {
        public bool IsSupported => flate.IsSupported;

        public Memory<byte> Decode(Memory<byte> input, DictionaryToken streamDictionary, IFilterProvider filterProvider, int filterIndex)
        {
            budget.Spend(Inflated(input));
            return flate.Decode(input, streamDictionary, filterProvider, filterIndex);
        }
    }
}
