using System.Globalization;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace LppdMetrics.Statistics;

/// <summary>
/// A stratified cluster sample design (the Susenas design: PSUs, <i>blok sensus</i>, drawn within strata), used by
/// the standard errors of <see cref="Bootstrap"/> and of the linearization estimators. PSU codes are nested in
/// strata: the same PSU code in two strata names two different PSUs.
/// </summary>
/// <remarks>
/// Every stratum must hold at least two PSUs (a variance cannot be estimated from one); a stratum with a single PSU
/// is an <see cref="ArgumentException"/> naming the stratum, the PSU and the first observation in it. Strata and
/// PSUs are numbered in order of first appearance, so results do not depend on the codes used.
/// </remarks>
public sealed class SurveyDesign
{
    private SurveyDesign(int[] psuOf, int[] stratumOfPsu, int[] psusInStratum)
    {
        PsuOf = psuOf;
        StratumOfPsu = stratumOfPsu;
        PsusInStratum = psusInStratum;
        StratumStart = new int[psusInStratum.Length + 1];
        for (int h = 0; h < psusInStratum.Length; h++)
            StratumStart[h + 1] = StratumStart[h] + psusInStratum[h];
    }

    /// <summary>The number of observations.</summary>
    public int Count => PsuOf.Length;

    /// <summary>The number of strata.</summary>
    public int StrataCount => PsusInStratum.Length;

    /// <summary>The number of PSUs.</summary>
    public int PsuCount => StratumOfPsu.Length;

    /// <summary>Whether this is the design of <see cref="SimpleRandomSample"/> (each observation its own PSU, one stratum).</summary>
    public bool IsSimple { get; private init; }

    internal int[] PsuOf { get; }

    internal int[] StratumOfPsu { get; }

    internal int[] PsusInStratum { get; }

    /// <summary>PSUs are numbered stratum by stratum: stratum h holds PSUs StratumStart[h] .. StratumStart[h + 1] − 1.</summary>
    internal int[] StratumStart { get; }

    /// <summary>An unstratified sample of independent observations: each observation is its own PSU, in one stratum.</summary>
    /// <param name="count">The number of observations, 2 to <see cref="Array.MaxLength"/>.</param>
    /// <returns>The design.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is below 2 or above <see cref="Array.MaxLength"/>.</exception>
    public static SurveyDesign SimpleRandomSample(int count)
    {
        Guard.AtLeast(count, 2);
        if (count > Array.MaxLength)
            throw new ArgumentOutOfRangeException(nameof(count), count, string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"count is {count}; expected at most {Array.MaxLength} (an array's length)."));
        int[] psu = new int[count];
        for (int i = 0; i < count; i++)
            psu[i] = i;
        return new SurveyDesign(psu, new int[count], [count]) { IsSimple = true };
    }

    /// <summary>A stratified cluster design from per-observation stratum and PSU codes (numbers, text, any equatable code).</summary>
    /// <typeparam name="T">The type of the codes.</typeparam>
    /// <param name="strata">Each observation's stratum code; empty for an unstratified design (one stratum).</param>
    /// <param name="psu">Each observation's PSU code (nested within its stratum); empty to make every observation its own PSU (stratified sampling of units).</param>
    /// <returns>The design.</returns>
    /// <exception cref="ArgumentException">The lengths differ, fewer than two observations, a null code, or a stratum has a single PSU.</exception>
    public static SurveyDesign Create<T>(ReadOnlySpan<T> strata, ReadOnlySpan<T> psu) where T : notnull
    {
        int count = psu.IsEmpty ? strata.Length : psu.Length;
        if (!strata.IsEmpty && !psu.IsEmpty)
            Guard.SameLength(psu.Length, strata.Length, nameof(psu), nameof(strata));
        Guard.AtLeast(count, 2, "observations");
        if (typeof(T) == typeof(int) && !strata.IsEmpty && !psu.IsEmpty
            && Dense(Ints(strata), Ints(psu)) is SurveyDesign dense)
            return dense;
        var strataIndex = new Dictionary<T, int>();
        var psuIndex = new Dictionary<(int Stratum, T Psu), int>();
        var stratumOfLocal = new List<int>();
        var firstObservation = new List<int>();
        var psusInStratum = new List<int>();
        var stratumCode = new List<T>();
        var localOf = new int[count];
        for (int i = 0; i < count; i++)
        {
            T? code = strata.IsEmpty ? default : strata[i];
            T? psuCode = psu.IsEmpty ? default : psu[i];
            if ((!strata.IsEmpty && code is null) || (!psu.IsEmpty && psuCode is null))
                throw new ArgumentException(string.Create(CultureInfo.InvariantCulture, $"the stratum or PSU code of observation {i} is null."), strata.IsEmpty ? nameof(psu) : nameof(strata));
            int j, h;
            if (strata.IsEmpty)
            {
                // One stratum, with no code of its own (a dictionary takes no null key, the default of a text code).
                h = 0;
                if (psusInStratum.Count == 0)
                {
                    psusInStratum.Add(0);
                    stratumCode.Add(default!);
                }
            }
            else if (!strataIndex.TryGetValue(code!, out h))
            {
                h = strataIndex.Count;
                strataIndex.Add(code!, h);
                psusInStratum.Add(0);
                stratumCode.Add(code!);
            }
            if (psu.IsEmpty)
            {
                j = stratumOfLocal.Count;
                stratumOfLocal.Add(h);
                firstObservation.Add(i);
                psusInStratum[h]++;
                localOf[i] = j;
                continue;
            }
            if (!psuIndex.TryGetValue((h, psuCode!), out j))
            {
                j = psuIndex.Count;
                psuIndex.Add((h, psuCode!), j);
                stratumOfLocal.Add(h);
                firstObservation.Add(i);
                psusInStratum[h]++;
            }
            localOf[i] = j;
        }
        if (SinglePsuStratum(psusInStratum, stratumOfLocal, firstObservation) is (int single, int first))
            throw SinglePsu(strata.IsEmpty ? null : stratumCode[single], psu.IsEmpty ? "observation" : psu[first].ToString(), first);
        return Renumbered(localOf, stratumOfLocal, psusInStratum);
    }

    /// <summary>The first stratum with fewer than 2 PSUs and the index of its first observation; null when none.</summary>
    private static (int Stratum, int First)? SinglePsuStratum(List<int> psusInStratum, List<int> stratumOfLocal, List<int> firstObservation)
    {
        for (int h = 0; h < psusInStratum.Count; h++)
            if (psusInStratum[h] < 2)
                return (h, firstObservation[stratumOfLocal.IndexOf(h)]);
        return null;
    }

    /// <summary>The error of a stratum with a single PSU; <paramref name="stratum"/> null for an unstratified design.</summary>
    private static ArgumentException SinglePsu(object? stratum, string? psu, int first) =>
        stratum is null
            ? new(string.Create(CultureInfo.InvariantCulture,
                $"the sample has a single PSU ({psu}, first at index {first}) and no strata; a standard error needs at least 2 PSUs."),
                "psu")
            : new(string.Create(CultureInfo.InvariantCulture,
                $"stratum {stratum} has a single PSU ({psu}, first at index {first}); a standard error needs at least 2 PSUs in every stratum (merge it with a neighbouring stratum)."),
                "strata");

    private static ReadOnlySpan<int> Ints<T>(ReadOnlySpan<T> codes) =>
        MemoryMarshal.CreateReadOnlySpan(ref Unsafe.As<T, int>(ref MemoryMarshal.GetReference(codes)), codes.Length);

    /// <summary>
    /// <see cref="Create{T}"/> for non-negative integer codes whose (stratum, PSU) table is no larger than the data
    /// (such as the CLI's codes, numbered from 0): the same numbering by first appearance, found in arrays rather than
    /// dictionaries. Null when the codes do not fit (then the dictionaries are used).
    /// </summary>
    private static SurveyDesign? Dense(ReadOnlySpan<int> strata, ReadOnlySpan<int> psu)
    {
        int count = psu.Length, maxStratum = 0, maxPsu = 0;
        for (int i = 0; i < count; i++)
        {
            if ((strata[i] | psu[i]) < 0)
                return null;
            maxStratum = Math.Max(maxStratum, strata[i]);
            maxPsu = Math.Max(maxPsu, psu[i]);
        }
        long cells = ((long)maxStratum + 1) * ((long)maxPsu + 1);
        if (cells > Math.Max(count, 1 << 16))
            return null;
        int[] stratumIndex = new int[maxStratum + 1];
        int[] localOfCell = new int[cells];
        Array.Fill(stratumIndex, -1);
        Array.Fill(localOfCell, -1);
        var stratumOfLocal = new List<int>();
        var firstObservation = new List<int>();
        var psusInStratum = new List<int>();
        var stratumCode = new List<int>();
        int[] localOf = new int[count];
        for (int i = 0; i < count; i++)
        {
            int code = strata[i];
            int h = stratumIndex[code];
            if (h < 0)
            {
                h = stratumIndex[code] = psusInStratum.Count;
                psusInStratum.Add(0);
                stratumCode.Add(code);
            }
            ref int j = ref localOfCell[(long)code * (maxPsu + 1) + psu[i]];
            if (j < 0)
            {
                j = stratumOfLocal.Count;
                stratumOfLocal.Add(h);
                firstObservation.Add(i);
                psusInStratum[h]++;
            }
            localOf[i] = j;
        }
        if (SinglePsuStratum(psusInStratum, stratumOfLocal, firstObservation) is (int single, int first))
            throw SinglePsu(stratumCode[single], psu[first].ToString(CultureInfo.CurrentCulture), first);
        return Renumbered(localOf, stratumOfLocal, psusInStratum);
    }

    /// <summary>Numbers the PSUs so that each stratum's PSUs are contiguous (stratum order, then order of appearance).</summary>
    private static SurveyDesign Renumbered(int[] localOf, List<int> stratumOfLocal, List<int> psusInStratum)
    {
        int count = localOf.Length;
        // Renumber the PSUs so that each stratum's PSUs are contiguous (stratum order, then order of appearance).
        int[] next = new int[psusInStratum.Count];
        for (int h = 1; h < next.Length; h++)
            next[h] = next[h - 1] + psusInStratum[h - 1];
        int[] renumbered = new int[stratumOfLocal.Count];
        int[] stratumOfPsu = new int[stratumOfLocal.Count];
        for (int j = 0; j < renumbered.Length; j++)
        {
            int h = stratumOfLocal[j];
            renumbered[j] = next[h]++;
            stratumOfPsu[renumbered[j]] = h;
        }
        int[] psuOf = new int[count];
        for (int i = 0; i < psuOf.Length; i++)
            psuOf[i] = renumbered[localOf[i]];
        return new SurveyDesign(psuOf, stratumOfPsu, psusInStratum.ToArray());
    }
}
