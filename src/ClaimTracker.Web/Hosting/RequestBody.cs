namespace ClaimTracker.Web.Hosting;

/// <summary>
/// Reads a request body up to a limit, counting the bytes as they arrive: a chunked body has no Content-Length to
/// check beforehand, so a limit checked only against that header lets any size through.
/// </summary>
public static class RequestBody
{
    /// <summary>The whole body, or null as soon as it passes <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]?> ReadCappedAsync(Stream body, long maxBytes, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
