using System.Net.Http.Headers;
using System.Text;

namespace ClaimTracker.Web.Tests.Api.Contract;

/// <summary>One request of the contract walk: which operation it exercises, as whom, and its body (made afresh per send).</summary>
public sealed record ContractCall(string OperationId, string Method, string Url, string Caller, Func<HttpContent?>? Body = null, string? Why = null)
{
    public const string Anonymous = "anonymous";
    public const string BadToken = "a revoked token";
    public const string Analyst = "an analyst";
    public const string Editor = "an editor";
    public const string Admin = "an admin";

    public static Func<HttpContent?> Json(string json, string mediaType = "application/json") =>
        () => new StringContent(json, Encoding.UTF8, new MediaTypeHeaderValue(mediaType));

    public static Func<HttpContent?> Upload(string fileName, string text) =>
        () => new MultipartFormDataContent { { new StringContent(text, Encoding.UTF8), "file", fileName }, { new StringContent("Contract Times"), "outlet" } };

    public static Func<HttpContent?> Text(string text) => () => new StringContent(text, Encoding.UTF8, "text/plain");

    public ContractCall As(string caller, string why) => this with { Caller = caller, Why = why };

    public override string ToString() => $"{OperationId}: {Method} {Url} as {Caller}{(Why is null ? "" : $" ({Why})")}";
}
