namespace ClaimTracker.Core.Claims;

/// <summary>
/// "In Israel, 72 people have been killed by attacks from Lebanon, including 30 soldiers, according to Israeli figures",
/// "On the Israeli side, 12 people have been killed, among them four civilians, the Israeli army says": the soldiers or
/// civilians listed inside a bare toll of people are that toll's side when the sentence sets the toll on a side or in a
/// country before its count ("on the Israeli side", "In Israel") and the speaker is that side's own (its army, its
/// government, "Israeli figures"): a country counting its own dead names its own soldiers and civilians, as the golds
/// annotate them (Unseen82 aljazeera-lebanon-toll-passes-3000-explainer, naharnet-briefing-truce-return-border-towns).
/// Another's tally of the toll ("on the Lebanese side ..., by an AFP tally, among them more than a dozen civilians",
/// "killed more than 500 people in Lebanon ..., including about 120 civilians, according to a Reuters tally") leaves the
/// parts bare, as <see cref="PartOfABareToll"/> keeps them. Read by <see cref="OwnPopulation"/> before that rule.
/// Golden case: the_parts_of_a_sides_own_toll.
/// </summary>
internal static class OwnSidesParts
{
    private static readonly WordSet Civilians = WordLists.Set("countryCivilians");
    private static readonly WordSet Locatives = WordLists.Set("tollLocatives");

    /// <summary>The side's nation for <paramref name="draft"/>, a part of a bare toll of people; null when it is none of these.</summary>
    public static Nationality? Of(string text, List<Token> tokens, ClaimDraft draft)
    {
        if (draft is not { ListedInAside: false, AsideOf: { Nationalities.Count: 0, Military: false, Noun: "people" } outer }
            || !(draft.Military || Civilians.Contains(draft.Noun)))
        {
            return null;
        }
        var count = tokens.FindIndex(t => t.Start >= outer.Number.Start);
        var side = SideBefore(text, tokens, count);
        return side is not null && OwnSpeaker(draft.Source ?? outer.Source, draft.SourceMention ?? outer.SourceMention, side) ? side : null;
    }

    // "On the Israeli side, 12 people", "In Israel, 72 people": a side phrase, or "in" and a country's name (not its
    // adjective: "in Israeli strikes" places nothing), before the toll's count.
    private static Nationality? SideBefore(string text, List<Token> tokens, int count)
    {
        for (var i = 0; i < count; i++)
        {
            if (SidesPeople.SideAt(text, tokens, i) is { } side)
            {
                return side;
            }
            if (tokens[i].IsWord && Locatives.Contains(text.AsSpan(tokens[i].Start, tokens[i].Length)) && Nationality.At(text, tokens, i + 1) is { } named
                && !text.AsSpan(tokens[i + 1].Start, tokens[i + named.Tokens].End - tokens[i + 1].Start).Equals(named.Nationality.Adjective, StringComparison.OrdinalIgnoreCase))
            {
                return Nationality.OfCountry(named.Nationality.Country.Split('-')[0]) ?? named.Nationality;
            }
        }
        return null;
    }

    // The side counts its own: a registered body of that country, or a mention naming its people ("Israeli figures").
    private static bool OwnSpeaker(Sources.SourceDefinition? source, string? mention, Nationality side)
    {
        if (source?.Country is { } country)
        {
            return country.Split('-')[0] == side.Country;
        }
        return mention is not null && mention.Contains(side.Adjective, StringComparison.OrdinalIgnoreCase);
    }
}
