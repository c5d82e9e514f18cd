using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LppdMetrics.Accountability;
using LppdMetrics.Audit;
using LppdMetrics.Composite;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Inequality;
using LppdMetrics.Macro;
using LppdMetrics.Numbers;
using LppdMetrics.Poverty;
using LppdMetrics.Reports;
using LppdMetrics.Satisfaction;
using LppdMetrics.Spm;
using LppdMetrics.Tracing;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Tracing;

/// <summary>
/// One result shape: every <see cref="ITraceable"/> of the library reports the value its trace computed. Results of
/// report arithmetic derive from <see cref="TracedResult"/> and read value, unrounded value, decimals and undefined
/// reason from the trace; the statistical results (FGT, Gini, precision, IKM, SPM, predicate, SAKIP) are checked
/// member by member against their trace's result. A new traceable type fails
/// <see cref="Every_traceable_type_of_the_library_is_checked"/> until it is added here.
/// </summary>
public class TracedValueTests
{
    private static readonly Assembly Library = typeof(ITraceable).Assembly;

    private static decimal D(double x) => ReportRounding.ToDecimal(x);

    private static SpmAffairResult Spm() =>
        SpmIndex.Compute(new SpmAffair("U", [new SpmService("S", new SpmMeasure(4, 3), [new SpmQualityGroup("G", [new SpmMeasure(2, 1), new SpmMeasure(3, 4)])])]));

    private static SatisfactionResult Index()
    {
        var tally = new SatisfactionTally();
        byte[] answers = new byte[2 * SatisfactionTally.ElementCount];
        for (int i = 0; i < answers.Length; i++) answers[i] = (byte)(3 + i % 2);
        tally.Add(answers);
        return SatisfactionIndex.Compute(tally);
    }

    /// <summary>For each traceable type: instances built by direct domain calls, and what must equal the trace.</summary>
    private static readonly Dictionary<Type, Func<IEnumerable<(ITraceable Result, decimal? Expected, decimal? ExpectedUnrounded)>>> Cases = new()
    {
        [typeof(AchievementResult)] = () => Traced(Achievement.Compute(8.19m, 8.16m, Polarity.Negative), Achievement.Compute(null, 5m, Polarity.Positive),
            Achievement.Compute(0m, 5m, Polarity.Positive), Achievement.Compute(80m, 100m, Polarity.Positive, new AchievementOptions { Cap = 120m })),
        [typeof(EfficiencyResult)] = () => Traced(Efficiency.Compute(100.37m, 97.35m), Efficiency.Compute(100m, 0m), Efficiency.Compute(null, null)),
        [typeof(BudgetRealizationResult)] = () => Traced(BudgetRealization.Compute(80975656341m, 78826084279m), BudgetRealization.Compute(0m, 5m),
            BudgetRealization.Total([new(10m, 9m), new(20m, 18m)])),
        [typeof(AchievementMeanResult)] = () => Traced(AchievementAggregation.Mean([100m, 112.5m, 124.335m]), AchievementAggregation.Mean([100m, null])),
        [typeof(CompositeResult)] = () => Traced(CompositeIndices.EnvironmentalQualityIndex.Evaluate(60m, 70m, 80m), CompositeIndices.Share.Evaluate(3m, 0m)),
        [typeof(MacroResult)] = () => Traced(LaborRates.OpenUnemploymentRate(34859m, 730704m), Change.Percent(8.69m, 8.16m), Change.Point(4.91m, 4.77m)),
        [typeof(HumanDevelopmentResult)] = () => Traced(HumanDevelopmentIndex.Compute(75.32, 12.67, 7.87, 12020)),
        [typeof(GenderDevelopmentResult)] = () => Traced(GenderDevelopmentIndex.Compute(69.81m, 74.35m),
            GenderDevelopmentIndex.Compute(HumanDevelopmentIndex.Compute(77.0, 12.8, 7.5, 10000), HumanDevelopmentIndex.Compute(73.0, 12.6, 8.3, 14000))),
        [typeof(HumanDevelopmentGrowth)] = () => Traced(HumanDevelopmentIndex.Growth(74.39m, 75.02m)),
        [typeof(PredicateResult)] = () => [.. new[] { 90.5m, 100.37m }.Select(c => (PerformancePredicates.Classify(c) as ITraceable, (decimal?)c, (decimal?)c))],
        [typeof(SakipGradeResult)] = () => [(SakipGrades.Classify(94.59m), 94.59m, 94.59m)],
        [typeof(SatisfactionResult)] = () => { var r = Index(); return [(r, r.Converted, r.Converted)]; },
        [typeof(SatisfactionMeanOfUnitsResult)] = () => { var r = SatisfactionIndex.MeanOfUnitIndices([Index(), Index()]); return [(r, r.Converted, r.Converted)]; },
        [typeof(SpmAffairResult)] = () => { var r = Spm(); return [(r, r.Rounded, r.Index)]; },
        [typeof(SpmSubAffairResult)] = () => { var r = SpmIndex.Compute(new SpmAffair("U", [new SpmService("S", new SpmMeasure(4, 3), [], "Sub")])).SubAffair[0]; return [(r, r.Rounded, r.Index)]; },
        [typeof(SpmServiceResult)] = () => { var r = Spm().Services[0]; return [(r, r.Rounded, r.Index)]; },
        [typeof(SpmAchievementResult)] = () => { var r = Spm().Services[0].Recipients; return [(r, r.Rounded, r.Achievement)]; },
        [typeof(SpmQualityResult)] = () => { var r = Spm().Services[0].Quality; return [(r, r.Rounded, r.Achievement)]; },
        [typeof(SpmQualityGroupResult)] = () => { var r = Spm().Services[0].Quality.Groups[0]; return [(r, r.Rounded, r.Achievement)]; },
        [typeof(FgtResult)] = () => { var r = Fgt.Compute([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 4.0); return [(r, D(r.P0), D(r.P0))]; },
        [typeof(FgtDecomposition)] = () => { var r = FgtDecomposition.Compute([1, 2, 5, 3], [1, 2, 1, 2], [1, 2, 1, 2], 4.0); return [(r, D(r.Total.P0), D(r.Total.P0))]; },
        [typeof(PrecisionEstimate)] = () =>
        {
            var r = FgtPrecision.Linearization([4, 1], [1, 1], 4.0, 0, SurveyDesign.SimpleRandomSample(2));
            return [(r, D(r.StandardError), D(r.StandardError))];
        },
        [typeof(GroupedGiniResult)] = () =>
        {
            var r = GroupedGini.Trapezoid(GroupedShares.FromCumulative([0.25, 0.5, 0.75, 1], [0.1, 0.3, 0.6, 1]));
            return [(r, D(r.Value), D(r.Value))];
        },
        [typeof(GroupedEstimate)] = () =>
        {
            // The World Bank PIP grouped example (as in GroupedLorenzTests).
            var r = ParametricLorenz.Estimate(GroupedShares.FromCumulative(
                [0.0005, 0.0032, 0.0148, 0.0443, 0.0991, 0.257, 0.4385, 0.5938, 0.7089, 1],
                [5.824760527229386e-05, 0.000604029410841011, 0.0037949334793616948, 0.013988878652244477, 0.036992164583098786,
                 0.12140708906131342, 0.24531391873082081, 0.37446670169288321, 0.48753116241194566, 1]), mean: 2.911786, povertyLine: 1.9);
            decimal? gini = r.Gini is double g ? D(g) : null;
            return [(r, gini, gini)];
        },
        [typeof(InequalityProfile)] = () =>
        {
            var r = InequalityProfile.Compute([1, 2, 3, 4, 10], [1, 1, 2, 1, 1]);
            decimal gini = D(r["gini"].Value!.Value);
            return [(r, gini, gini)];
        },
    };

    private static (ITraceable, decimal?, decimal?)[] Traced(params TracedResult[] results) =>
        [.. results.Select(r => ((ITraceable)r, r.Value, r.Unrounded))];

    public static TheoryData<string> TypeNames => [.. Cases.Keys.Select(t => t.FullName!)];

    [Fact]
    public void Every_traceable_type_of_the_library_is_checked()
    {
        var traceable = Library.GetExportedTypes()
            .Where(t => typeof(ITraceable).IsAssignableFrom(t) && !t.IsInterface && !t.IsAbstract)
            .Select(t => t.FullName!).Order().ToArray();
        Assert.Equal(traceable, Cases.Keys.Select(t => t.FullName!).Order().ToArray());
    }

    [Theory]
    [MemberData(nameof(TypeNames))]
    public void The_value_of_every_traceable_equals_its_trace_result(string typeName)
    {
        Type type = Cases.Keys.Single(t => t.FullName == typeName);
        foreach (var (result, expected, expectedUnrounded) in Cases[type]())
        {
            Assert.IsType(type, result);
            CalculationTrace trace = result.Trace;
            Assert.Equal(expected, trace.Result);
            Assert.Equal(expected is null, trace.UndefinedReason is not null);
            // Rounded traces keep the exact value; unrounded ones carry it as their result.
            Assert.Equal(trace.Rounding is null ? trace.Result : expectedUnrounded, trace.Unrounded);
            if (result is TracedResult traced)
                AssertReadsTheTrace(traced);
        }
    }

    [Fact]
    public void Worked_values_carry_their_precision_and_reason()
    {
        // By hand: (2·8,19 − 8,16) / 8,19 × 100 = 100,3663… → 100,37 at 2 decimals.
        var achievement = Achievement.Compute(8.19m, 8.16m, Polarity.Negative);
        Assert.Equal(100.37m, achievement.Value);
        Assert.Equal(2, achievement.Decimals);
        Assert.Null(achievement.UndefinedReason);
        // A missing target: no value, the options' precision kept, one reason, in the result and in its trace.
        var missing = Achievement.Compute(null, 5m, Polarity.Positive, new AchievementOptions { Decimals = 3 });
        Assert.False(missing.HasValue);
        Assert.Equal(3, missing.Decimals);
        Assert.Equal("target missing", missing.UndefinedReason);
        Assert.Equal(missing.UndefinedReason, missing.Trace.UndefinedReason);
        // 78.826.084.279 / 80.975.656.341 × 100 = 97,3454… → 97,35 (LPPD Tabel 4.x.5).
        Assert.Equal(97.35m, BudgetRealization.Compute(80975656341m, 78826084279m).Value);
        // IPG 69,81 / 74,35 × 100 = 93,89: the two IPMs are typed members, not trace inputs by position.
        var ipg = GenderDevelopmentIndex.Compute(69.81m, 74.35m);
        Assert.Equal((69.81m, 74.35m), (ipg.FemaleIndex, ipg.MaleIndex));
        // An unrounded trace (Change.Point without decimals) reports the decimals its value carries: 4,77 − 4,91 = −0,14.
        var point = Change.Point(4.91m, 4.77m);
        Assert.Equal(-0.14m, point.Value);
        Assert.Equal(2, point.Decimals);
    }

    [Fact]
    public void No_traceable_result_has_a_public_setter()
    {
        // Not even an init accessor: `with` outside the library cannot change a value without its trace. Exempt are
        // the statistical records whose trace is built from their fields on every read (FgtResult, FgtDecomposition,
        // InequalityProfile): changing a field changes the trace with it.
        static bool TraceBuiltFromFields(Type t) =>
            !typeof(TracedResult).IsAssignableFrom(t)
            && t.GetField("<Trace>k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is null;
        var types = Library.GetExportedTypes()
            .Where(t => typeof(ITraceable).IsAssignableFrom(t) && !t.IsInterface && !TraceBuiltFromFields(t))
            .Append(typeof(TracedValue)).ToArray();
        Assert.DoesNotContain(typeof(FgtResult), types);
        Assert.Contains(typeof(AchievementResult), types);
        Assert.Contains(typeof(PrecisionEstimate), types);
        foreach (Type t in types)
            foreach (PropertyInfo p in t.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                Assert.False(p.SetMethod?.IsPublic ?? false, $"{t.Name}.{p.Name} has a public setter");
    }

    [Fact]
    public void Every_trace_of_the_embedded_audit_reads_back_as_its_value()
    {
        // Every figure the audit recomputed: the TracedValue of its trace is the trace, and a rounded result is the
        // exact value rounded at the trace's precision by the rule the trace names.
        AuditResult audit = ReportAudit.Run(LppdReportJson.Blitar2024());
        var traces = audit.Findings.Select(f => f.Trace).OfType<CalculationTrace>().ToArray();
        Assert.True(traces.Length > 1000);
        foreach (CalculationTrace trace in traces)
        {
            var value = new TracedValue(trace);
            Assert.Equal(trace.Result, value.Value);
            Assert.Equal(trace.Unrounded, value.Unrounded);
            Assert.Equal(trace.UndefinedReason, value.UndefinedReason);
            Assert.Equal(trace.Result.HasValue, value.HasValue);
            if (trace.Rounding is { } rounding && trace.Unrounded is decimal exact)
            {
                Assert.NotNull(trace.Decimals);
                Assert.EndsWith($"to {trace.Decimals} decimals", rounding, StringComparison.Ordinal);
                RoundingRule rule = rounding.StartsWith("truncated", StringComparison.Ordinal) ? RoundingRule.Truncate
                    : rounding.StartsWith("half to even", StringComparison.Ordinal) ? RoundingRule.HalfToEven : RoundingRule.HalfAwayFromZero;
                Assert.Equal(ReportRounding.Round(exact, trace.Decimals!.Value, rule), trace.Result);
                Assert.Equal(trace.Decimals, value.Decimals);
            }
        }
    }

    private static readonly Gen<decimal?> Amount =
        Gen.Frequency((1, Gen.Constant((decimal?)null)), (1, Gen.Constant((decimal?)0m)),
            (6, Gen.Choose(0, 2_000_000).Select(k => (decimal?)(k / 100m))));

    [Property(MaxTest = 300)]
    public Property Ratio_results_read_value_precision_and_reason_from_the_trace() =>
        Prop.ForAll(Amount.ToArbitrary(), Amount.ToArbitrary(), Gen.Choose(0, 4).ToArbitrary(), (a, b, decimals) =>
        {
            TracedResult[] results =
            [
                Achievement.Compute(a, b, Polarity.Positive, new AchievementOptions { Decimals = decimals }),
                Achievement.Compute(a, b, Polarity.Negative, new AchievementOptions { Decimals = decimals }),
                BudgetRealization.Compute(a, b, new BudgetOptions { Decimals = decimals }),
                Efficiency.Compute(a, b, new EfficiencyOptions { Decimals = decimals }),
            ];
            foreach (TracedResult r in results)
            {
                AssertReadsTheTrace(r);
                Assert.Equal(decimals, r.Decimals); // undefined or not, the printed precision of the options
                Assert.Equal(r.HasValue, r.UndefinedReason is null);
                if (r.Unrounded is decimal u)
                    Assert.Equal(ReportRounding.Round(u, decimals), r.Value);
            }
            // Both inputs present and the divisor non-zero ⇒ defined: b / a × 100 for the budget (a the allocation).
            bool budgetDefined = a is > 0m && b is not null;
            // The unrounded value is the exact b × 100 / a within a unit of its 28th significant digit.
            return results[2].HasValue == budgetDefined
                   && (!budgetDefined || Math.Abs(results[2].Unrounded!.Value * a!.Value - b!.Value * 100m) <= a.Value * Math.Abs(results[2].Unrounded!.Value) * 1e-26m);
        });

    private static void AssertReadsTheTrace(TracedResult r)
    {
        CalculationTrace t = r.Trace;
        Assert.Same(t, r.Outcome.Trace);
        Assert.Equal(t.Result, r.Value);
        Assert.Equal(t.Unrounded, r.Unrounded);
        Assert.Equal(t.UndefinedReason, r.UndefinedReason);
        Assert.Equal(t.Result.HasValue, r.HasValue);
        Assert.Equal(t.Decimals ?? (t.Result is decimal v ? v.Scale : 0), r.Decimals);
    }
}
