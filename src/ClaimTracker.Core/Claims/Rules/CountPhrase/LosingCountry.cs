namespace ClaimTracker.Core.Claims;

/// <summary>
/// A country that loses people: "Russia has lost about 1,200 troops over the past day", "N. Korea has lost about 900
/// troops", "Kyiv loses up to 145 soldiers", "N. Korea believed to have lost some 2,000 soldiers", "the North has lost": a country, its capital or its people named right before a losing verb
/// (auxiliaries and a belief frame between: counts.json <c>losingAuxiliaries</c>) is whose people the count after the verb counts, whatever other country the sentence names
/// ("in Russia's war"). A nationality written in the count's own words stays ("Russia lost 300 North Korean
/// soldiers"), and an adjective alone is not a country; a force named by its owner or people is
/// (<see cref="LosingForce"/>: "Kim's troops lost 540 soldiers", "the Ukrainian army lost 40"). "Suffered" is a
/// losing verb ("the North has suffered some 3,900 casualties").
/// Golden cases: a_losing_country_counts_its_own, a_losing_force_counts_its_own.
/// </summary>
internal sealed class LosingCountry : CountPhraseRule
{
    public static readonly LosingCountry Rule = new();

    private const int CountryWords = 3;
    private static readonly WordSet LosingVerbs = WordLists.Set("losingVerbs");
    private static readonly WordSet LosingAuxiliaries = WordLists.Set("losingAuxiliaries");

    private LosingCountry()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var verb = phrase.TokenBefore;
        if (phrase.Nationalities.Count > 0 || phrase.InAside || verb < 1 || !reader.IsIn(verb, LosingVerbs))
        {
            return true;
        }
        var before = verb - 1;
        while (before > 0 && reader.IsIn(before, LosingAuxiliaries))
        {
            before--;
        }
        before = LosingForce.BeforeRelativeClause(reader, before);
        // "North Korean soldiers deployed in Russia have suffered …": the force's place is not the loser (ForcesWhereabouts).
        if (ForcesWhereabouts.EndsAt(reader, before))
        {
            return true;
        }
        if ((CountryEndingAt(reader, before) ?? LosingForce.EndingAt(reader, before)) is { } loser)
        {
            draft.Nationalities = [loser.Adjective];
        }
        return true;
    }

    /// <summary>The country (not its adjective) whose name ends at token <paramref name="end"/>, if any.</summary>
    internal static Nationality? CountryEndingAt(PeopleCountReader reader, int end)
    {
        // "the North has lost about 2,000 soldiers": the compass word stands for the country the article spelled out.
        if (CompassState.At(reader.Text, reader.Tokens, end) is { } compass)
        {
            return compass;
        }
        for (var start = Math.Max(0, end - CountryWords + 1); start <= end; start++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, start) is { } named && start + named.Tokens - 1 == end)
            {
                var words = reader.Text.AsSpan(reader.Tokens[start].Start, reader.Tokens[end].End - reader.Tokens[start].Start);
                return words.Equals(named.Nationality.Adjective, StringComparison.OrdinalIgnoreCase) ? null : named.Nationality;
            }
        }
        return null;
    }
}
