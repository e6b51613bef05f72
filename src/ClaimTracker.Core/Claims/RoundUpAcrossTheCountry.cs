namespace ClaimTracker.Core.Claims;

/// <summary>
/// A round-up's country is where its tolls were gathered, not whose civilians they are: "At least 2 civilians were
/// killed … in Russian attacks across Ukraine over the past day, regional authorities reported" (Unseen66
/// kyivindependent), "At least 21 civilians have been killed … in a day of Russian missile and drone strikes across
/// Ukraine" (Unseen28 euronews), "Elsewhere in Ukraine, Russian attacks over the past day killed at least four
/// civilians" (Unseen62 kyivindependent) sum the regional officials' counts, which the sets keep bare (the settled
/// convention: civilians whose words carry no nationality stay bare outside Gaza). A country named only after a
/// round-up locative (populations.json <c>roundUpLocatives</c>: across, throughout) or "Elsewhere in" (<c>roundUpTransitions</c>)
/// therefore lends no nation to <see cref="CountryCivilians"/>. A UN monitor's own nationwide toll ("at least 154
/// civilians were killed and 790 injured across Ukraine in October", <c>monitorSources</c>) still takes its country,
/// as the settled convention and 78 older rows have it. The lede's round-up country also sets the story's home for its
/// later regional tolls (<see cref="LedeRegion"/>): "In Kharkiv Oblast, … injured 2 civilians" stays bare, as a
/// datelined story's home region does (<see cref="RegionCivilians"/>). Unit cases: RoundUpAcrossTheCountryTests.
/// </summary>
internal static class RoundUpAcrossTheCountry
{
    private static readonly WordSet Locatives = WordLists.Set("roundUpLocatives");
    private static readonly WordSet Transitions = WordLists.Set("roundUpTransitions");
    private static readonly WordSet MonitorSources = WordLists.Set("monitorSources");

    /// <summary>Whether <paramref name="draft"/>'s sentence names its countries only as a round-up's ground and no monitor counts it.</summary>
    public static bool Is(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft.Source is { } source && MonitorSources.Contains(source.Name))
        {
            return false;
        }
        var found = false;
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!tokens[i - 1].IsWord || CiviliansInACountry.CountryAt(text, tokens, i) is null)
            {
                continue;
            }
            if (!GroundAt(text, tokens, i))
            {
                return false;
            }
            found = true;
        }
        return found;
    }

    /// <summary>The country a lede names as its round-up's ground ("across Ukraine"), or null; <paramref name="tokens"/> are its sentence's.</summary>
    public static string? Ground(string text, List<Token> tokens)
    {
        for (var i = 1; i < tokens.Count; i++)
        {
            if (tokens[i - 1].IsWord && GroundAt(text, tokens, i) && CiviliansInACountry.CountryAt(text, tokens, i) is { } country)
            {
                return country.Country;
            }
        }
        return null;
    }

    // "across Ukraine", "throughout Ukraine", "Elsewhere in Ukraine": the words right before the country at i.
    private static bool GroundAt(string text, List<Token> tokens, int i)
    {
        var before = text.AsSpan(tokens[i - 1].Start, tokens[i - 1].Length);
        return Locatives.Contains(before)
            || (before.Equals("in", StringComparison.OrdinalIgnoreCase) && i >= 2 && tokens[i - 2].IsWord
                && Transitions.Contains(text.AsSpan(tokens[i - 2].Start, tokens[i - 2].Length)));
    }
}
