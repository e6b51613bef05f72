using System.Collections.Frozen;

namespace ClaimTracker.Store.Accounts;

/// <summary>
/// The passwords guessers try first (common-passwords.txt, embedded: words, keyboard walks and the endings people add).
/// A password is common when, in lower case, it is on the list or is a listed word with only digits and symbols
/// added at the end ("Password12345!", "Qwertyuiop1").
/// </summary>
public static class CommonPasswords
{
    private const string ResourceName = "ClaimTracker.Store.Accounts.common-passwords.txt";

    private static readonly Lazy<FrozenSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password)
    {
        ArgumentNullException.ThrowIfNull(password);
        var lower = password.Trim().ToLowerInvariant();
        var stem = lower.TrimEnd("0123456789!@#$%^&*()-_=+.,;:?~ ".ToCharArray());
        return List.Value.Contains(lower) || (stem.Length >= 4 && List.Value.Contains(stem));
    }

    private static FrozenSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded list {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.Trim());
            }
        }
        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
