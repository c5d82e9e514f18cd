namespace LppdMetrics.Cli;

/// <summary>
/// The source-generated serializer of every JSON document the commands write (no reflection): camelCase, nulls
/// written (a missing figure is <c>null</c> with its reason), NaN and infinity refused. Indentation and escaping come
/// from <see cref="JsonOutput.WriterOptions"/>.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AuditFindingJson))]
[JsonSerializable(typeof(AuditSummaryJson))]
[JsonSerializable(typeof(AchievementJson))]
[JsonSerializable(typeof(EfficiencyJson))]
[JsonSerializable(typeof(GenderDevelopmentJson))]
[JsonSerializable(typeof(GiniJson))]
[JsonSerializable(typeof(GroupedJson))]
[JsonSerializable(typeof(HumanDevelopmentJson))]
[JsonSerializable(typeof(InequalityJson))]
[JsonSerializable(typeof(LorenzJson))]
[JsonSerializable(typeof(PovertyJson))]
[JsonSerializable(typeof(SatisfactionJson))]
[JsonSerializable(typeof(SpmJson))]
[JsonSerializable(typeof(StandardErrorJson))]
internal sealed partial class CliJsonContext : JsonSerializerContext;
