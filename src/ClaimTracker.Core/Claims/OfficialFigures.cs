namespace ClaimTracker.Core.Claims;

/// <summary>
/// "according to official Israeli figures", "an official Ukrainian tally": figures a state gives out are its
/// government's, not those of the last body of that country the article named (the army, carried). Golden case:
/// official_figures_of_a_nation.
/// </summary>
internal static class OfficialFigures
{
    private static readonly WordSet CountNouns = WordLists.Set("countNouns");

    /// <summary>Whether the attributor's words are an official count ("official … figures").</summary>
    public static bool Is(string attributorText)
    {
        var words = attributorText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 2 && CountNouns.Contains(words[^1]) && words.Any(w => w.Equals("official", StringComparison.OrdinalIgnoreCase));
    }
}
