using BenchmarkDotNet.Attributes;
using LppdMetrics.Satisfaction;

namespace LppdMetrics.Benchmarks;

/// <summary>
/// IKM aggregation of 1e6 respondents × 9 answers (bytes 0–4, about 2 % unanswered): the single-pass integer tally
/// (with and without the decimal IKM on top) against a naive LINQ/double computation of the same NRRs (baseline).
/// </summary>
[MemoryDiagnoser]
public class SatisfactionBenchmarks
{
    private const int Respondents = 1_000_000;
    private byte[] _answers = [];

    [GlobalSetup]
    public void Setup()
    {
        var rng = new Random(42);
        _answers = new byte[Respondents * SatisfactionTally.ElementCount];
        for (int i = 0; i < _answers.Length; i++)
            _answers[i] = rng.Next(50) == 0 ? (byte)0 : (byte)rng.Next(1, 5);
    }

    [Benchmark(Baseline = true)]
    public double LinqDouble()
    {
        // Per element: the mean of the answered values, as a straightforward LINQ query over doubles.
        double sum = 0;
        for (int e = 0; e < SatisfactionTally.ElementCount; e++)
        {
            int element = e;
            sum += Enumerable.Range(0, Respondents)
                .Select(r => _answers[r * SatisfactionTally.ElementCount + element])
                .Where(a => a != 0)
                .Average(a => (double)a);
        }
        return sum / SatisfactionTally.ElementCount * 25;
    }

    [Benchmark]
    public long TallyOnly()
    {
        var tally = new SatisfactionTally();
        tally.Add(_answers);
        return tally.Respondents;
    }

    [Benchmark]
    public decimal TallyAndIndex()
    {
        var tally = new SatisfactionTally();
        tally.Add(_answers);
        return SatisfactionIndex.Compute(tally).Converted;
    }
}
