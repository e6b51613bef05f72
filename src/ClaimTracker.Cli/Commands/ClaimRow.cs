using System.Globalization;
using System.Text.Json.Serialization;
using ClaimTracker.Core.Claims;
using ClaimMention = ClaimTracker.Core.Claims.ClaimMention;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// One extracted claim as `extract` prints it (the foundation issue's field list, camelCase, enums in snake_case).
/// <see cref="Qualifier"/> is null for an exact number; <see cref="Unit"/> names the kind of people when it is not the
/// subject's rank and file ("generals", "engineers", "children"; issue 10: the unit is a property of the claim, not its
/// subject), absent otherwise; <see cref="Mentions"/> (other places stating the claim) absent with --keep-repeats or when the claim is stated once; <see cref="AsOf"/> is written to its precision (2024, 2024-10, 2024-10-05).
/// </summary>
internal sealed record ClaimRow(
    string File,
    double? Value,
    double? Low,
    double? High,
    Qualifier? Qualifier,
    string Subject,
    Metric Metric,
    ClaimStatus Status,
    bool? Increment,
    string? Source,
    string? SourceMention,
    string Quote,
    int Start,
    int End,
    string? TimeText,
    string? AsOf,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<ClaimMention>? Mentions = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Unit = null)
{
    public static ClaimRow From(string file, ExtractedClaim claim) => new(
        file,
        claim.Value,
        claim.Low,
        claim.High,
        claim.Qualifier == Core.Claims.Qualifier.Exact ? null : claim.Qualifier,
        claim.Subject,
        claim.Metric,
        claim.Status,
        claim.Increment,
        claim.Source,
        claim.SourceMention,
        claim.Quote,
        claim.Start,
        claim.End,
        claim.TimeText,
        FormatAsOf(claim.AsOf, claim.AsOfPrecision),
        claim.Mentions.Count == 0 ? null : claim.Mentions,
        ClaimUnit.Of(claim.Suffix));

    private static string? FormatAsOf(DateOnly? asOf, AsOfPrecision? precision) => asOf?.ToString(
        precision switch
        {
            AsOfPrecision.Year => "yyyy",
            AsOfPrecision.Month => "yyyy-MM",
            _ => "yyyy-MM-dd",
        },
        CultureInfo.InvariantCulture);
}
