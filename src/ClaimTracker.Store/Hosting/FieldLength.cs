namespace ClaimTracker.Store.Hosting;

/// <summary>One wording for a text field past its stored length, so every service that checks one says it the same way.</summary>
public static class FieldLength
{
    /// <summary>"{label} may be at most {max} characters; this one has {n}." when the trimmed text is longer, else null.</summary>
    public static string? Problem(string label, string? value, int max)
    {
        var length = value?.Trim().Length ?? 0;
        return length > max ? $"{label} may be at most {max} characters; this one has {length}." : null;
    }
}
