using System.Text.Json;
using System.Text.Json.Nodes;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Core.Tests.Claims;

/// <summary>An extracted claim as one row of the scorer's JSONL (snake_case enum values).</summary>
internal static class ClaimJson
{
    public static string Snake(Enum value) => JsonNamingPolicy.SnakeCaseLower.ConvertName(value.ToString());

    public static JsonObject ToRow(string file, ExtractedClaim c) => new()
    {
        ["file"] = file,
        ["value"] = c.Value,
        ["low"] = c.Low,
        ["high"] = c.High,
        ["qualifier"] = c.Qualifier == Qualifier.Exact ? null : Snake(c.Qualifier),
        ["subject"] = c.Subject,
        ["metric"] = Snake(c.Metric),
        ["status"] = Snake(c.Status),
        ["increment"] = c.Increment,
        ["source"] = c.Source,
        ["sourceMention"] = c.SourceMention,
        ["quote"] = c.Quote,
        ["start"] = c.Start,
        ["end"] = c.End,
        ["timeText"] = c.TimeText,
        ["asOf"] = c.AsOf?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["mentions"] = new JsonArray([.. c.Mentions.Select(m => (JsonNode)new JsonObject { ["quote"] = m.Quote, ["start"] = m.Start, ["end"] = m.End })]),
    };
}
