using System.Globalization;
using System.Text.Json;
using ClaimTracker.Core.Claims;
using ClaimTracker.Web.Hosting;

namespace ClaimTracker.Web.Features.Claims;

/// <summary>
/// The body of PATCH /api/claims/{id}: a JSON merge patch (RFC 7396) of the correctable fields plus the
/// <c>version</c> the caller read (or, instead, the ETag it read in an If-Match header). Fields left out keep their value; <c>null</c> clears a nullable field.
/// </summary>
public sealed class ClaimPatch
{
    private readonly JsonElement body;

    private ClaimPatch(JsonElement body, int version)
    {
        this.body = body;
        Version = version;
    }

    public static IReadOnlyList<string> Fields { get; } =
        ["version", "subject", "metric", "status", "qualifier", "value", "low", "high", "asOf", "review", "sourceId", "source"];

    public int Version { get; }

    /// <summary>The canonical name given in <c>source</c>, for the caller to resolve to an id; null when absent or cleared.</summary>
    public string? SourceName => body.TryGetProperty("source", out var s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;

    public bool SetsSourceByName => body.TryGetProperty("source", out _);

    /// <summary>
    /// The review, when the patch sets it and nothing else but the version: the commonest correction, which can be saved
    /// without reading the claim first.
    /// </summary>
    public ReviewState? ReviewAlone =>
        body.EnumerateObject().All(p => p.Name is "version" or "review") && body.TryGetProperty("review", out var review)
        && review.ValueKind == JsonValueKind.String && SnakeCaseName.TryParse<ReviewState>(review.GetString(), out var state) ? state : null;

    /// <summary>
    /// Parses the body; returns problems keyed by field instead when it is not a valid patch. <paramref name="matchedVersion"/>
    /// is the version an If-Match header's entity tag named: it stands in for a body without <c>version</c>.
    /// </summary>
    public static (ClaimPatch? Patch, Dictionary<string, string[]> Errors) Parse(JsonElement body, int? matchedVersion = null)
    {
        var errors = new Dictionary<string, string[]>();
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["$"] = ["The body must be a JSON object."];
            return (null, errors);
        }
        foreach (var property in body.EnumerateObject().Where(p => !Fields.Contains(p.Name)))
        {
            errors[property.Name] = [$"Not a correctable field. Use: {string.Join(", ", Fields)}."];
        }
        if (body.TryGetProperty("sourceId", out _) && body.TryGetProperty("source", out _))
        {
            errors["source"] = ["Give either source (name) or sourceId, not both."];
        }
        int version = 0;
        if (!body.TryGetProperty("version", out var v) && matchedVersion is { } matched)
        {
            version = matched;
        }
        else if (v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out version))
        {
            errors["version"] = ["Send the version you read (the claim's concurrency token), or its ETag in an If-Match header."];
        }
        var patch = new ClaimPatch(body, version);
        // A dry run on a blank edit finds type errors before anything is read from the store.
        patch.ApplyTo(new ClaimEdit(), errors);
        return errors.Count > 0 ? (null, errors) : (patch, errors);
    }

    /// <summary>Writes the patched fields over <paramref name="edit"/> (the claim as stored); type errors go to <paramref name="errors"/>.</summary>
    public void ApplyTo(ClaimEdit edit, Dictionary<string, string[]> errors)
    {
        ArgumentNullException.ThrowIfNull(edit);
        ArgumentNullException.ThrowIfNull(errors);
        if (body.TryGetProperty("subject", out var subject))
        {
            if (subject.ValueKind == JsonValueKind.String)
            {
                edit.Subject = subject.GetString()!;
            }
            else
            {
                errors["subject"] = ["A subject is text."];
            }
        }
        Enum<Metric>("metric", m => edit.Metric = m, errors);
        Enum<ClaimStatus>("status", s => edit.Status = s, errors);
        Enum<Qualifier>("qualifier", q => edit.Qualifier = q, errors);
        Enum<ReviewState>("review", r => edit.Review = r, errors);
        Number("value", n => edit.Value = n, errors);
        Number("low", n => edit.Low = n, errors);
        Number("high", n => edit.High = n, errors);
        if (body.TryGetProperty("asOf", out var asOf))
        {
            if (asOf.ValueKind == JsonValueKind.Null)
            {
                edit.AsOf = null;
            }
            else if (asOf.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(asOf.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                edit.AsOf = date;
            }
            else
            {
                errors["asOf"] = ["A date like 2025-03-05, or null."];
            }
        }
        if (body.TryGetProperty("sourceId", out var sourceId))
        {
            if (sourceId.ValueKind == JsonValueKind.Null)
            {
                edit.SourceId = null;
            }
            else if (sourceId.ValueKind == JsonValueKind.Number && sourceId.TryGetInt32(out var id))
            {
                edit.SourceId = id;
            }
            else
            {
                errors["sourceId"] = ["A source id, or null."];
            }
        }
        if (body.TryGetProperty("source", out var source) && source.ValueKind is not (JsonValueKind.String or JsonValueKind.Null))
        {
            errors["source"] = ["A source's canonical name (as GET /api/sources lists it), or null."];
        }
    }

    private void Enum<T>(string name, Action<T> set, Dictionary<string, string[]> errors) where T : struct, Enum
    {
        if (!body.TryGetProperty(name, out var element))
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.String && SnakeCaseName.TryParse<T>(element.GetString(), out var value))
        {
            set(value);
        }
        else
        {
            errors[name] = [$"One of: {string.Join(", ", SnakeCaseName.All<T>())}."];
        }
    }

    private void Number(string name, Action<double?> set, Dictionary<string, string[]> errors)
    {
        if (!body.TryGetProperty(name, out var element))
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Null)
        {
            set(null);
        }
        else if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var number) && double.IsFinite(number))
        {
            set(number);
        }
        else
        {
            errors[name] = ["A number, or null."];
        }
    }
}
