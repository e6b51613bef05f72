using System.Text.Json;
using System.Text.Json.Serialization;

namespace ClaimTracker.Web.Tests.Api.Client;

/// <summary>
/// The one hand-written part of the generated client (obj/…/ClaimTrackerApiClient.g.cs): its JSON settings. Enums
/// travel as the API's snake_case names, and absent fields are left out rather than sent as null, since PATCH bodies
/// are merge patches in which null clears a field.
/// </summary>
public partial class ClaimTrackerApiClient
{
    static partial void UpdateJsonSerializerSettings(JsonSerializerOptions settings)
    {
        settings.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower));
        settings.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
    }
}
