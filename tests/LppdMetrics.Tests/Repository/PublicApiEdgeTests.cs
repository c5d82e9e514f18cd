using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Reflection.Emit;
using System.Text.Json;
using LppdMetrics.Accountability;
using LppdMetrics.Bands;
using LppdMetrics.HumanDevelopment;
using LppdMetrics.Inequality;
using LppdMetrics.Numbers;
using LppdMetrics.Spm;
using LppdMetrics.Statistics;

namespace LppdMetrics.Tests.Repository;

/// <summary>
/// The library's promises at its edges, checked on every public static method and constructor at once: each is called
/// with edge values of every parameter (0, −0, −1, 5e-324, 1e308, ±∞, NaN, decimal.MaxValue, 1e-28, int.MinValue,
/// empty and hostile arrays, undefined enum values, null), one parameter at a time and then 300 random combinations.
/// A call may return or throw an <see cref="ArgumentException"/> that names one of the method's parameters; it may
/// never throw anything else (an <see cref="OverflowException"/>, a <see cref="NullReferenceException"/>, …) and never
/// return NaN or ±∞ anywhere in its result (walked through public properties and collections).
/// </summary>
/// <remarks>
/// Deliberate exceptions to the rule, each a documented contract: <c>Parse</c> methods throw
/// <see cref="FormatException"/> (their <c>TryParse</c> twins do not) or <see cref="JsonException"/>; an options object's
/// own check names its property (<c>ExpenditureMin</c> of <c>method</c>); an instance method asked for a result its
/// object's state cannot give (<see cref="Poverty.FgtAccumulator.Result"/> before any weight), or a bootstrap whose
/// caller-supplied statistic returns NaN, throws <see cref="InvalidOperationException"/> as .NET does for an inconsistent
/// comparer; <see cref="LppdMetrics.Numbers.ReportRounding.ToDecimal"/>
/// names whatever name its caller passes. Constructors of result records are data carriers: they store what they are
/// given, so their results are not walked (a caller who builds a <see cref="LorenzPoint"/> of NaN gets it back).
/// </remarks>
public class PublicApiEdgeTests
{
    private static readonly double[] Doubles =
        [1, 0, -0.0, -1, 0.5, 100, 5e-324, 1e-300, 1e308, double.MaxValue, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 3e10];

    private static readonly decimal[] Decimals =
        [1m, 0m, -1m, 100m, 0.5m, decimal.MaxValue, decimal.MinValue, 0.0000000000000000000000000001m, 99.995m, 1e20m];

    private static readonly int[] Ints = [1, 0, -1, 2, 1000, int.MaxValue, int.MinValue];

    private static readonly double[][] DoubleArrays =
    [
        [1, 2, 3], [], [0], [0, 0], [1, double.NaN], [double.PositiveInfinity, 1], [-1, 2], [1e308, 1e308, 1e308],
        [5e-324, 5e-324], [1], [double.MaxValue, 1], [1e-300, 1e300],
    ];

    private static readonly decimal[][] DecimalArrays =
        [[1m, 2m, 3m], [], [0m], [-1m, 2m], [decimal.MaxValue, decimal.MaxValue], [0.0000000000000000000000000001m, 1m]];

    // Inputs the pools cannot build from constructors: factories' results, callbacks (a hostile one among them).
    private static readonly Dictionary<Type, Func<object?[]>> Known = new()
    {
        [typeof(SurveyDesign)] = () =>
            [null, SurveyDesign.SimpleRandomSample(2), SurveyDesign.SimpleRandomSample(3), SurveyDesign.Create<int>([1, 1, 2, 2], [1, 2, 3, 4])],
        [typeof(WeightedStatistic)] = () =>
            [null, new WeightedStatistic(w => w.Length == 0 ? 0 : w[0]), new WeightedStatistic(_ => double.NaN), new WeightedStatistic(_ => double.MaxValue)],
        [typeof(WeightedStatistics)] = () =>
            [null, new WeightedStatistics(w => [w.Length]), new WeightedStatistics(_ => [double.NaN, 1])],
        [typeof(GroupedShares)] = () =>
            [null, GroupedShares.FromShares([0.2, 0.3, 0.5], [0.1, 0.3, 0.6]), GroupedShares.FromShares([0.5, 0.5], [0.5, 0.5]), GroupedShares.FromShares([0.5, 0.5], [1e-12, 1 - 1e-12])],
        [typeof(HumanDevelopmentResult)] = () =>
            [null, HumanDevelopmentIndex.Compute(70, 12, 8, 10000), HumanDevelopmentIndex.Compute(20.0001, 0.0001, 0.0001, 1007.5)],
        [typeof(BandTable<PerformancePredicate>)] = () => [null, PerformancePredicates.Permendagri86Of2017],
        [typeof(BandTable<string>)] = () => [null, SpmCategoryTable.TwentyPointBands, SpmCategoryTable.TenPointBands],
        [typeof(ReportNumber)] = () =>
            [IndonesianNumber.Parse("1,5"), IndonesianNumber.Parse("1.000.000"), IndonesianNumber.Parse("-2"), IndonesianNumber.Parse("0")],
    };

    [Fact]
    public void EveryPublicMethodReturnsFiniteResultsOrThrowsAnArgumentExceptionNamingAParameter()
    {
        var random = new Random(20261204);
        var problems = new SortedDictionary<string, string>(StringComparer.Ordinal);
        int swept = 0, calls = 0;
        foreach (MethodBase member in Members())
        {
            IEnumerable<Type> types = member.GetParameters().Select(p => p.ParameterType);
            if (!member.IsStatic && member is MethodInfo)
                types = types.Prepend(member.DeclaringType!);
            object?[][] pools = types.Select(t => Pool(t, random, 0)).ToArray();
            if (!member.IsStatic && member is MethodInfo && pools.Length > 0)
                pools[0] = pools[0].Where(x => x is not null).ToArray(); // a null instance is not the method's call
            if (pools.Any(p => p.Length == 0))
                continue; // a parameter of a type with no edge values here (a stream, a delegate, a design)
            swept++;
            Func<object?[], object?> call = Invoker(member);
            HashSet<string> names = AcceptedNames(member);
            foreach (object?[] arguments in ArgumentSets(pools, random))
            {
                calls++;
                string? problem = Check(member, call, arguments, names);
                if (problem is not null)
                    problems.TryAdd(Name(member) + ": " + problem.Split(" (", 2)[0], problem);
            }
        }
        // The sweep itself must reach the library: most of its public methods take numbers, arrays and options.
        Assert.True(swept >= 100, $"only {swept} members swept");
        Assert.True(calls >= 30_000, $"only {calls} calls");
        Assert.True(problems.Count == 0, string.Join("\n", problems.Select(p => p.Key + "\n    " + p.Value)));
    }

    /// <summary>Found by the sweep: Σ w·ln(z/y) overflowed with weights near 1.8e308 (Watts = ∞).</summary>
    [Fact]
    public void WattsWithWeightsNearTheLargestDoubleIsTheSameAsWithUnitWeights()
    {
        // Two people at y = 10 and 200 (z = 100), equal weight: Watts = ½ ln(100/10) = ln 10 / 2, by hand. With weights
        // of 8e307 the term w·ln 10 ≈ 1.84e308 overflowed; with 5e-324 it rounded to a multiple of 5e-324 (Watts 1.0).
        double expected = Math.Log(10) / 2;
        Assert.Equal(expected, LppdMetrics.Poverty.Watts.Compute([10, 200], [1, 1], 100), 15);
        Assert.Equal(expected, LppdMetrics.Poverty.Watts.Compute([10, 200], [8e307, 8e307], 100), 15);
        Assert.Equal(expected, LppdMetrics.Poverty.Watts.Compute([10, 200], [5e-324, 5e-324], 100), 15);
    }

    /// <summary>Found by the sweep: an exact decimal result beyond ±7.9e28 escaped as an OverflowException.</summary>
    [Fact]
    public void ADecimalResultBeyondItsRangeIsRefusedNamingTheParameter()
    {
        var growth = Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Macro.EconomicGrowth.Rate(0.0000000000000000000000000001m, 1m));
        Assert.Equal("previousConstantPricePdrb", growth.ParamName);
        Assert.Contains("exceeds the range of decimal", growth.Message, StringComparison.Ordinal);
        var point = Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Macro.Change.Point(decimal.MinValue, 1m));
        Assert.Equal("current", point.ParamName);
        var cagr = Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Macro.AverageAnnualChange.CompoundAnnualGrowthRate([-1m, 2m]));
        Assert.Equal("series", cagr.ParamName);
        Assert.StartsWith("series[0] is -1;", cagr.Message, StringComparison.Ordinal);
        var mean = Assert.Throws<ArgumentOutOfRangeException>(() => LppdMetrics.Accountability.AchievementAggregation.Mean([decimal.MaxValue, decimal.MaxValue]));
        Assert.Equal("achievement", mean.ParamName);
        Assert.StartsWith("achievement[1] is", mean.Message, StringComparison.Ordinal);
    }

    /// <summary>Found by the sweep: a trace of a population from weights of 1e300 threw from a property getter.</summary>
    [Fact]
    public void ATraceHoldsADoubleBeyondDecimalsRangeAsItsDigitsAndPowerOfTen()
    {
        LppdMetrics.Poverty.FgtResult result = LppdMetrics.Poverty.Fgt.Compute([100, 200, 500], [1e300, 1e300, 1e300], 300);
        LppdMetrics.Tracing.TraceValue population = result.Trace.Inputs.Single(v => v.Name.StartsWith("W /", StringComparison.Ordinal));
        // W = 3e300 = 3 · 10^300, written as the digits 3 under the name "W / 10^300".
        Assert.Equal("W / 10^300", population.Name);
        Assert.Equal(3m, population.Value);
        Assert.Contains("3E+300", population.Note, StringComparison.Ordinal);
    }

    private static readonly HashSet<string> RecordMembers =
        new(["Equals", "GetHashCode", "ToString", "Deconstruct", "<Clone>$", "PrintMembers", "Dispose"], StringComparer.Ordinal);

    private static IEnumerable<MethodBase> Members()
    {
        foreach (Type type in typeof(Gini).Assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            if (type.IsGenericTypeDefinition || typeof(Delegate).IsAssignableFrom(type))
                continue;
            foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly))
            {
                if (!method.IsSpecialName && !method.IsGenericMethodDefinition && method.GetParameters().Length > 0
                    && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer))
                    yield return method;
            }
            if (!type.IsAbstract)
            {
                foreach (ConstructorInfo constructor in type.GetConstructors())
                {
                    if (constructor.GetParameters().Length > 0)
                        yield return constructor;
                }
            }
            // Instance methods of the library's stateful and table types (accumulators, tallies, band tables), called
            // on objects from the same edge pools; a record's own members (Equals, Deconstruct, …) are left out.
            if (!type.IsValueType && !type.IsAbstract)
            {
                foreach (MethodInfo method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
                {
                    if (!method.IsSpecialName && !method.IsGenericMethodDefinition && !RecordMembers.Contains(method.Name)
                        && method.GetParameters().All(p => !p.ParameterType.IsByRef && !p.ParameterType.IsPointer))
                        yield return method;
                }
            }
        }
    }

    // The names an ArgumentException of this member may give: its parameters, and the properties of an options parameter.
    private static HashSet<string> AcceptedNames(MethodBase member)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (ParameterInfo p in member.GetParameters())
        {
            names.Add(p.Name!);
            if (p.ParameterType.Name.EndsWith("Options", StringComparison.Ordinal) || p.ParameterType.Name.EndsWith("Method", StringComparison.Ordinal))
            {
                foreach (PropertyInfo property in p.ParameterType.GetProperties())
                    names.Add(property.Name);
            }
        }
        return names;
    }

    private static string? Check(MethodBase member, Func<object?[], object?> call, object?[] arguments, HashSet<string> names)
    {
        object?[] copy = arguments.Select(a => a is Array array ? array.Clone() : a).ToArray();
        string shown = "(" + string.Join(", ", arguments.Select(Show)) + ")";
        try
        {
            object? result = call(copy);
            if (member is ConstructorInfo)
                return null;
            return NonFinite(result, 0, new HashSet<object>(ReferenceEqualityComparer.Instance), "result") is { } bad ? "non-finite " + shown + " → " + bad : null;
        }
        catch (ArgumentException ex)
        {
            if (member.Name == nameof(LppdMetrics.Numbers.ReportRounding.ToDecimal))
                return null; // names the caller's name for the value, by contract
            string? name = ex.ParamName?.Split('[', '.')[0];
            return name is not null && names.Contains(name) ? null : $"ParamName '{ex.ParamName}' {shown} → {ex.Message}";
        }
        catch (InvalidOperationException) when (!member.IsStatic || arguments.Any(a => a is Delegate))
        {
            return null; // an accumulator asked for a result before any weight, or a caller's statistic that returned NaN: the state, not an argument
        }
        catch (FormatException) when (member.Name.StartsWith("Parse", StringComparison.Ordinal))
        {
            return null;
        }
        catch (JsonException) when (member.Name.StartsWith("Parse", StringComparison.Ordinal))
        {
            return null;
        }
#pragma warning disable CA1031 // any other exception is the finding this test reports
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex.GetType().Name + " " + shown + " → " + ex.Message;
        }
    }

    private static IEnumerable<object?[]> ArgumentSets(object?[][] pools, Random random)
    {
        object?[] benign = pools.Select(p => p.FirstOrDefault(x => x is not null)).ToArray();
        yield return benign;
        for (int i = 0; i < pools.Length; i++)
        {
            foreach (object? value in pools[i])
            {
                object?[] one = (object?[])benign.Clone();
                one[i] = value;
                yield return one;
            }
        }
        for (int k = 0; k < 300; k++)
            yield return pools.Select(p => p[random.Next(p.Length)]).ToArray();
    }

    // Edge values of a parameter type; empty when this sweep has none (the member is then left out).
    private static object?[] Pool(Type type, Random random, int depth)
    {
        if (Known.TryGetValue(type, out Func<object?[]>? known))
            return known();
        if (depth > 4 || type == typeof(IntPtr) || type == typeof(UIntPtr) || type.IsPointer || typeof(Delegate).IsAssignableFrom(type))
            return [];
        if (type == typeof(double))
            return Doubles.Cast<object?>().ToArray();
        if (type == typeof(decimal))
            return Decimals.Cast<object?>().ToArray();
        if (type == typeof(int))
            return Ints.Cast<object?>().ToArray();
        if (type == typeof(long))
            return Ints.Select(i => (object?)(long)i).Append(long.MaxValue).ToArray();
        if (type == typeof(bool))
            return [true, false];
        if (type == typeof(string))
            return ["1", "", "x", "1.234,5", null];
        if (type.IsEnum)
            return Enum.GetValues(type).Cast<object?>().Append(Enum.ToObject(type, 999)).ToArray();
        if (Nullable.GetUnderlyingType(type) is { } underlying)
            return Pool(underlying, random, depth).Prepend(null).ToArray();
        if (ElementOf(type) is { } element)
            return Arrays(element, random, depth);
        // Options and other inputs: null, their Default, and objects from their public constructors.
        var objects = new List<object?>();
        if (!type.IsValueType)
            objects.Add(null);
        if (type.GetProperty("Default", BindingFlags.Public | BindingFlags.Static) is { } standard && type.IsAssignableFrom(standard.PropertyType))
            objects.Add(standard.GetValue(null));
        foreach (ConstructorInfo constructor in type.GetConstructors())
        {
            ParameterInfo[] parameters = constructor.GetParameters();
            object?[][] pools = parameters.Select(p => Pool(p.ParameterType, random, depth + 1)).ToArray();
            if (pools.Any(p => p.Length == 0))
                continue;
            for (int k = 0; k < 8; k++)
            {
                object?[] arguments = pools.Select(p => k == 0 ? p.FirstOrDefault(x => x is not null) : p[random.Next(p.Length)]).ToArray();
                try
                {
                    objects.Add(constructor.Invoke(arguments));
                }
                catch (TargetInvocationException)
                {
                    // an argument the constructor refuses: not an object to pass on
                }
            }
        }
        return objects.Count > (type.IsValueType ? 0 : 1) ? objects.ToArray() : [];
    }

    private static Type? ElementOf(Type type)
    {
        if (type.IsArray)
            return type.GetElementType();
        if (!type.IsGenericType)
            return null;
        Type definition = type.GetGenericTypeDefinition();
        return definition == typeof(ReadOnlySpan<>) || definition == typeof(Span<>) || definition == typeof(IReadOnlyList<>)
            || definition == typeof(IEnumerable<>) || definition == typeof(IList<>) || definition == typeof(IReadOnlyCollection<>)
            ? type.GetGenericArguments()[0]
            : null;
    }

    private static object?[] Arrays(Type element, Random random, int depth)
    {
        if (element == typeof(double))
            return DoubleArrays.Cast<object?>().ToArray();
        if (element == typeof(decimal))
            return DecimalArrays.Cast<object?>().ToArray();
        if (element == typeof(decimal?))
            return DecimalArrays.Select(a => (object?)a.Select(x => (decimal?)x).Append(null).ToArray()).Prepend(new decimal?[] { null }).ToArray();
        if (element == typeof(int))
            return [new[] { 1, 2, 3 }, Array.Empty<int>(), new[] { -1 }, new[] { 0, 0 }];
        if (element == typeof(string))
            return [new[] { "a", "b", "a" }, Array.Empty<string>(), new string?[] { null }];
        object?[] items = Pool(element, random, depth + 1).Where(x => x is not null).ToArray();
        if (items.Length == 0)
            return [];
        var arrays = new List<object?>();
        for (int k = 0; k < 6; k++)
        {
            var array = Array.CreateInstance(element, k == 0 ? 0 : random.Next(1, 5));
            for (int i = 0; i < array.Length; i++)
                array.SetValue(items[random.Next(items.Length)], i);
            arrays.Add(array);
        }
        return arrays.ToArray();
    }

    // A delegate that calls the member with boxed arguments, turning arrays into spans (reflection cannot pass a span).
    private static Func<object?[], object?> Invoker(MethodBase member)
    {
        var method = new DynamicMethod("call", typeof(object), [typeof(object[])], typeof(PublicApiEdgeTests).Module, skipVisibility: true);
        ILGenerator il = method.GetILGenerator();
        List<Type> parameters = member.GetParameters().Select(p => p.ParameterType).ToList();
        if (!member.IsStatic && member is MethodInfo)
            parameters.Insert(0, member.DeclaringType!);
        for (int i = 0; i < parameters.Count; i++)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldc_I4, i);
            il.Emit(OpCodes.Ldelem_Ref);
            Type type = parameters[i];
            if (type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(ReadOnlySpan<>) || type.GetGenericTypeDefinition() == typeof(Span<>)))
            {
                Type array = type.GetGenericArguments()[0].MakeArrayType();
                il.Emit(OpCodes.Castclass, array);
                il.Emit(OpCodes.Newobj, type.GetConstructor([array])!);
            }
            else
            {
                il.Emit(type.IsValueType ? OpCodes.Unbox_Any : OpCodes.Castclass, type);
            }
        }
        Type returns;
        if (member is ConstructorInfo constructor)
        {
            il.Emit(OpCodes.Newobj, constructor);
            returns = constructor.DeclaringType!;
        }
        else
        {
            il.Emit(member.IsStatic ? OpCodes.Call : OpCodes.Callvirt, (MethodInfo)member);
            returns = ((MethodInfo)member).ReturnType;
        }
        if (returns == typeof(void))
        {
            il.Emit(OpCodes.Ldnull);
        }
        else if (returns.IsByRefLike)
        {
            il.Emit(OpCodes.Pop);
            il.Emit(OpCodes.Ldnull);
        }
        else if (returns.IsValueType)
        {
            il.Emit(OpCodes.Box, returns);
        }
        il.Emit(OpCodes.Ret);
        return method.CreateDelegate<Func<object?[], object?>>();
    }

    // The first NaN or ±∞ reachable from a result (public properties, collections), or a property getter that throws.
    private static string? NonFinite(object? value, int depth, HashSet<object> seen, string path)
    {
        if (value is null || depth > 5)
            return null;
        switch (value)
        {
            case double d:
                return double.IsFinite(d) ? null : path + " = " + d.ToString(CultureInfo.InvariantCulture);
            case float f:
                return float.IsFinite(f) ? null : path + " = " + f.ToString(CultureInfo.InvariantCulture);
            case string or decimal or int or long or bool or Enum or Type or Delegate:
                return null;
        }
        Type type = value.GetType();
        if (!type.IsValueType && !seen.Add(value))
            return null;
        if (value is IEnumerable items)
        {
            int i = 0;
            foreach (object? item in items)
            {
                if (i > 2000)
                    break;
                if (NonFinite(item, depth + 1, seen, path + "[" + i++.ToString(CultureInfo.InvariantCulture) + "]") is { } bad)
                    return bad;
            }
            return null;
        }
        if (type.Namespace?.StartsWith("LppdMetrics", StringComparison.Ordinal) != true && !type.IsGenericType)
            return null;
        foreach (PropertyInfo property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || property.PropertyType.IsByRefLike)
                continue;
            object? inner;
            try
            {
                inner = property.GetValue(value);
            }
            catch (TargetInvocationException ex)
            {
                return path + "." + property.Name + " threw " + ex.InnerException!.GetType().Name + ": " + ex.InnerException.Message;
            }
            if (NonFinite(inner, depth + 1, seen, path + "." + property.Name) is { } bad)
                return bad;
        }
        return null;
    }

    private static string Name(MethodBase member) =>
        member.DeclaringType!.Name + "." + (member is ConstructorInfo ? "ctor" : member.Name) + "(" + string.Join(",", member.GetParameters().Select(p => p.ParameterType.Name)) + ")";

    private static string Show(object? value)
    {
        try
        {
            return value switch
            {
                null => "null",
                double d => d.ToString("R", CultureInfo.InvariantCulture),
                Array array => "[" + string.Join(",", array.Cast<object?>().Take(6).Select(Show)) + "]",
                string s => "\"" + s + "\"",
                _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "?",
            };
        }
#pragma warning disable CA1031 // a record whose ToString reads a property that throws: shown by its type
        catch (Exception)
#pragma warning restore CA1031
        {
            return value!.GetType().Name;
        }
    }
}
