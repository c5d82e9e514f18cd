namespace LppdMetrics.Cli;

/// <summary>
/// The value and weight columns of a microdata file held compactly: two <see cref="double"/> arrays of exactly the
/// number of rows (16 bytes a row), filled in place without an intermediate list.
/// </summary>
/// <remarks>
/// The arrays are allocated once at a capacity known in advance (the Parquet row count, or for a CSV file the number
/// of line breaks, an upper bound of its rows); they grow by doubling only when the guess was short (a file with
/// bare <c>\r</c> line ends), and are trimmed once at the end only when it was long (quoted line breaks).
/// </remarks>
internal sealed class MicrodataColumns
{
    private double[] _values;
    private double[] _weights;

    /// <summary>Creates empty columns with room for <paramref name="capacity"/> rows.</summary>
    /// <param name="capacity">The expected number of rows (a guess; at least 1 is kept).</param>
    public MicrodataColumns(long capacity)
    {
        int size = (int)Math.Clamp(capacity, 1, Array.MaxLength);
        _values = GC.AllocateUninitializedArray<double>(size);
        _weights = GC.AllocateUninitializedArray<double>(size);
    }

    /// <summary>The number of rows added.</summary>
    public int Count { get; private set; }

    /// <summary>Adds a row.</summary>
    /// <param name="value">The value.</param>
    /// <param name="weight">The weight.</param>
    public void Add(double value, double weight)
    {
        if (Count == _values.Length)
        {
            int size = (int)Math.Min((long)_values.Length * 2, Array.MaxLength);
            if (size == Count)
                throw new InputException(null, null, null, "the file has more rows than one run can hold (about 2.1 billion).");
            Array.Resize(ref _values, size);
            Array.Resize(ref _weights, size);
        }
        _values[Count] = value;
        _weights[Count] = weight;
        Count++;
    }

    /// <summary>The columns, trimmed to <see cref="Count"/> rows; the builder must not be used afterwards.</summary>
    /// <returns>Values and weights.</returns>
    public (double[] Values, double[] Weights) ToArrays()
    {
        if (Count != _values.Length)
        {
            Array.Resize(ref _values, Count);
            Array.Resize(ref _weights, Count);
        }
        return (_values, _weights);
    }

    /// <summary>
    /// An upper bound of the data rows of a regular CSV file: its line feeds, less the one that ends the last line.
    /// Exact when lines end in <c>\n</c> or <c>\r\n</c> and no quoted cell holds a line break. 0 for a device or
    /// pipe, whose length is unknown.
    /// </summary>
    /// <param name="path">The file.</param>
    /// <returns>The bound, counted in 1 MiB blocks with the vectorized <see cref="MemoryExtensions.Count{T}(ReadOnlySpan{T}, T)"/>.</returns>
    public static long RowBound(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
            if (!file.CanSeek || file.Length == 0)
                return 0;
            long left = file.Length, count = 0;
            byte[] buffer = new byte[1 << 20];
            byte last = 0;
            while (left > 0)
            {
                int read = file.Read(buffer, 0, (int)Math.Min(buffer.Length, left));
                if (read == 0)
                    break;
                count += buffer.AsSpan(0, read).Count((byte)'\n');
                last = buffer[read - 1];
                left -= read;
            }
            return last == (byte)'\n' ? count - 1 : count;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            return 0;
        }
    }
}
