using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Satisfaction;

/// <summary>
/// The answers of a satisfaction survey (SKM, <i>Survei Kepuasan Masyarakat</i>, PermenPANRB 14/2017) counted per
/// element (<i>unsur</i> U1…U9) and answer value: the exact, integer summary from which the IKM is computed.
/// </summary>
/// <remarks>
/// <para>The nine elements of PermenPANRB 14/2017 are U1 persyaratan, U2 sistem, mekanisme dan prosedur, U3 waktu
/// penyelesaian, U4 biaya/tarif, U5 produk spesifikasi jenis pelayanan, U6 kompetensi pelaksana, U7 perilaku
/// pelaksana, U8 penanganan pengaduan, saran dan masukan, U9 sarana dan prasarana. Answers are 1 (tidak baik) to
/// 4 (sangat baik); 0 marks an element the respondent did not answer.</para>
/// <para>Counting is exact (integers), so tallies of service units can be merged with <see cref="Add(SatisfactionTally)"/>
/// and the pooled index is the same as if all respondents had been counted at once. The core
/// <see cref="Add(ReadOnlySpan{byte})"/> makes a single pass over the answer bytes. A tally is not thread-safe;
/// count per thread and merge.</para>
/// </remarks>
public sealed class SatisfactionTally
{
    /// <summary>The number of survey elements (<i>unsur</i>) of PermenPANRB 14/2017: 9.</summary>
    public const int ElementCount = 9;

    /// <summary>The highest answer value (4, <i>sangat baik</i>); the lowest is 1, and 0 means unanswered.</summary>
    public const int MaxAnswer = 4;

    private const int Slots = MaxAnswer + 1;
    private readonly long[] _counts = new long[ElementCount * Slots];

    /// <summary>The number of respondents counted (rows, whether or not they answered every element).</summary>
    public long Respondents { get; private set; }

    /// <summary>
    /// Counts the answers of whole respondents, stored respondent by respondent: bytes 0–8 are U1…U9 of the first
    /// respondent, 9–17 of the second, and so on. Each byte is 1–4, or 0 for an unanswered element.
    /// </summary>
    /// <param name="answers">The answers; the length must be a multiple of 9 (an empty span counts nobody).</param>
    /// <exception cref="ArgumentException">The length is not a multiple of 9, or a byte is above 4 (the message names
    /// its index, respondent and element). Nothing is counted from a call that throws.</exception>
    public void Add(ReadOnlySpan<byte> answers)
    {
        Guard.That(answers.Length % ElementCount == 0, nameof(answers), string.Create(CultureInfo.InvariantCulture,
            $"answers has {answers.Length} bytes; expected a multiple of {ElementCount} (one byte per element U1…U9 per respondent)."));
        int respondents = answers.Length / ElementCount;
        // Counts fit an int per call: a span holds fewer than 2^31 bytes.
        Span<int> local = stackalloc int[ElementCount * Slots];
        local.Clear();
        ref byte src = ref MemoryMarshal.GetReference(answers);
        ref int c = ref MemoryMarshal.GetReference(local);
        for (int r = 0; r < respondents; r++)
        {
            ref byte row = ref Unsafe.Add(ref src, r * ElementCount);
            uint a0 = row, a1 = Unsafe.Add(ref row, 1), a2 = Unsafe.Add(ref row, 2);
            uint a3 = Unsafe.Add(ref row, 3), a4 = Unsafe.Add(ref row, 4), a5 = Unsafe.Add(ref row, 5);
            uint a6 = Unsafe.Add(ref row, 6), a7 = Unsafe.Add(ref row, 7), a8 = Unsafe.Add(ref row, 8);
            if ((a0 > MaxAnswer) | (a1 > MaxAnswer) | (a2 > MaxAnswer) | (a3 > MaxAnswer) | (a4 > MaxAnswer)
                | (a5 > MaxAnswer) | (a6 > MaxAnswer) | (a7 > MaxAnswer) | (a8 > MaxAnswer))
                ThrowBadAnswer(answers, r);
            Unsafe.Add(ref c, (int)a0)++;
            Unsafe.Add(ref c, Slots + (int)a1)++;
            Unsafe.Add(ref c, 2 * Slots + (int)a2)++;
            Unsafe.Add(ref c, 3 * Slots + (int)a3)++;
            Unsafe.Add(ref c, 4 * Slots + (int)a4)++;
            Unsafe.Add(ref c, 5 * Slots + (int)a5)++;
            Unsafe.Add(ref c, 6 * Slots + (int)a6)++;
            Unsafe.Add(ref c, 7 * Slots + (int)a7)++;
            Unsafe.Add(ref c, 8 * Slots + (int)a8)++;
        }
        for (int i = 0; i < local.Length; i++)
            _counts[i] += local[i];
        Respondents += respondents;
    }

    /// <summary>Adds the counts of another tally (another service unit) to this one: the pooled tally.</summary>
    /// <param name="other">The tally to add; it is not changed. Adding a tally to itself doubles it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public void Add(SatisfactionTally other)
    {
        Guard.NotNull(other);
        long respondents = other.Respondents;
        for (int i = 0; i < _counts.Length; i++)
            _counts[i] += other._counts[i];
        Respondents += respondents;
    }

    /// <summary>How many respondents gave <paramref name="answer"/> to element U<paramref name="element"/>.</summary>
    /// <param name="element">The element number, 1 (U1) to 9 (U9).</param>
    /// <param name="answer">The answer 1–4, or 0 for "not answered".</param>
    /// <returns>The count, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The element or the answer is out of range.</exception>
    public long Count(int element, int answer)
    {
        CheckElement(element);
        if ((uint)answer > MaxAnswer)
            Guard.ThrowOutOfRange(nameof(answer), answer, "0 (unanswered) to 4");
        return _counts[(element - 1) * Slots + answer];
    }

    /// <summary>The number of respondents who answered element U<paramref name="element"/> (answer 1–4).</summary>
    /// <param name="element">The element number, 1–9.</param>
    /// <returns>Respondents minus those who left it unanswered.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The element is out of range.</exception>
    public long Answered(int element) => Respondents - Unanswered(element);

    /// <summary>The number of respondents who left element U<paramref name="element"/> unanswered (answer 0).</summary>
    /// <param name="element">The element number, 1–9.</param>
    /// <returns>The count, ≥ 0.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The element is out of range.</exception>
    public long Unanswered(int element) => Count(element, 0);

    /// <summary>The sum of the answers given to element U<paramref name="element"/> (Σ answer × count).</summary>
    /// <param name="element">The element number, 1–9.</param>
    /// <returns>The sum; 0 when nobody answered.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The element is out of range.</exception>
    public long Sum(int element)
    {
        CheckElement(element);
        long sum = 0;
        for (int v = 1; v <= MaxAnswer; v++)
            sum += v * _counts[(element - 1) * Slots + v];
        return sum;
    }

    private static void CheckElement(int element)
    {
        if (element < 1 || element > ElementCount)
            Guard.ThrowOutOfRange(nameof(element), element, "an element number 1 (U1) to 9 (U9)");
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ThrowBadAnswer(ReadOnlySpan<byte> answers, int respondent)
    {
        for (int e = 0; e < ElementCount; e++)
        {
            int index = respondent * ElementCount + e;
            if (answers[index] > MaxAnswer)
                Guard.ThrowElement(nameof(answers), index, answers[index],
                    string.Create(CultureInfo.InvariantCulture, $"1–4, or 0 for unanswered (respondent {respondent}, element U{e + 1})"));
        }
    }
}
