using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Gaza's health ministry says 4,000 have been killed … More than 1,400 people were killed in Israel in the Hamas
/// attacks": a frameless toll whose own words place it in another country (<see cref="PlacedInAnotherCountry"/>)
/// is not the figure of a state body carried from the sentence before, which counts its own country's dead; the
/// ministry's scope, and with it the ministry's people, stop at it (Unseen71 nhpbs-newshour-gaza-orthodox-church-strike).
/// Only a civil state body (<see cref="SourceKind.Government"/>) of a known country other than the place: an army or a
/// UN agency speaks of fighting or aid abroad, and a toll placed in the body's own country keeps it. Read by
/// <see cref="SpeakerScope.Inherit"/>. Golden cases: a_toll_placed_abroad_is_not_the_ministrys,
/// a_toll_placed_at_home_keeps_the_ministry.
/// </summary>
internal static class TollAbroad
{
    /// <summary>Whether the count at <paramref name="figure"/> in <paramref name="sentence"/> lies outside <paramref name="carried"/>'s country.</summary>
    public static bool Holds(string text, Sentence sentence, int figure, SourceDefinition? carried, List<Token> tokens)
    {
        if (carried is not { Kind: SourceKind.Government, Country: { } home } || figure < sentence.Start || figure >= sentence.End)
        {
            return false;
        }
        Token.Split(text, sentence.Start, sentence.End, tokens);
        // The count's numeral ("1,400" is one token), after any qualifier its mention opens with ("More than").
        var count = tokens.FindIndex(t => t.End > figure && t.IsWord && char.IsDigit(text[t.Start]));
        if (count < 0)
        {
            return false;
        }
        return PlacedInAnotherCountry.Country(text, tokens, tokens[count].End) is { } place && place.Country != home;
    }
}
