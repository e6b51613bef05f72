namespace ClaimTracker.Core.Claims;

/// <summary>
/// Soldiers counted "on both sides" of a two-sided war are both armies' men: "US officials have put deaths and injuries on
/// both sides at close to half a million soldiers", "the number of troops killed and wounded on both sides was nearing
/// 500,000", "hundreds of thousands of soldiers on both sides" (Unseen76 businessinsider-maxar; the same phrasing in the
/// wire recaps of the US estimates, "killed or wounded on each side", and in Unseen25's "more than a million soldiers on
/// both sides"). The sides are the countries at war that the sentence names (two, or one and the country the populations
/// list's <c>opponents</c> pairs with it); a sentence that names neither ("on both sides" after the story has set its
/// war) takes the first warring country the article names before it, and that country's opponent. Only soldiers: "people
/// on both sides of the border" keep the golds' bare people, and "both sides of the border / line / river" is a place
/// (the side word followed by "of"), not a war's sides. Words as data (counts.json <c>bothSidesLeads</c>,
/// <c>bothSidesPrepositions</c>, <c>bothSidesNouns</c>); peacekeepers (<c>distinctForces</c>) are neither side's. Golden cases: soldiers_on_both_sides_are_both_armies,
/// people_on_both_sides_of_the_border_stay_bare.
/// </summary>
internal sealed class BothSidesTroops : CountPhraseRule
{
    public static readonly BothSidesTroops Rule = new();

    private static readonly WordSet Leads = WordLists.Set("bothSidesLeads");
    private static readonly WordSet Prepositions = WordLists.Set("bothSidesPrepositions");
    private static readonly WordSet SideNouns = WordLists.Set("bothSidesNouns");
    private static readonly WordSet DistinctForces = WordLists.Set("distinctForces");

    private BothSidesTroops()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // Peacekeepers belong to neither side: "UNIFIL, whose 10,000 peacekeepers patrol the border area, called on both
        // sides to avoid further escalation" (Unseen12 anadolu-south-lebanon-returns).
        if (draft.Nationalities.Count > 0 || phrase.InAside || !(draft.Military || draft.Noun == "troops")
            || (draft.NounWord is { } noun && DistinctForces.Contains(noun)) || !SaysBothSides(reader))
        {
            return true;
        }
        var sides = WarringSides(reader.Text, reader.Tokens);
        if (sides.Count == 0)
        {
            // The story's war: its first warring country, whose foe the opponents list gives.
            sides = [.. WarringSides(reader.Text, ArticleBefore(reader)).Take(1)];
        }
        if (sides.Count == 1 && SpeakersSide.Opponent(sides[0]) is { } opponent)
        {
            sides.Add(opponent);
        }
        if (sides.Count == 2)
        {
            draft.Nationalities = [sides[0].Adjective, sides[1].Adjective];
        }
        return true;
    }

    // "on both sides", "from both sides", "on either side"; not "on both sides of the border" (a place) nor "called on both
    // sides to" (the sides addressed, not the counted's).
    private static bool SaysBothSides(PeopleCountReader reader)
    {
        for (var i = 1; i + 1 < reader.Tokens.Count; i++)
        {
            if (reader.IsIn(i, Leads) && reader.IsIn(i - 1, Prepositions) && reader.IsIn(i + 1, SideNouns) && !reader.Is(i + 2, "of") && !reader.Is(i + 2, "to"))
            {
                return true;
            }
        }
        return false;
    }

    // The distinct countries named in the tokens that the opponents list pairs with a foe ("US officials" names none).
    private static List<Nationality> WarringSides(string text, List<Token> tokens)
    {
        var sides = new List<Nationality>();
        for (var i = 0; i < tokens.Count && sides.Count < 2; i++)
        {
            if (Nationality.At(text, tokens, i) is not { } n)
            {
                continue;
            }
            if (SpeakersSide.Opponent(n.Nationality) is not null && !sides.Exists(s => s.Country == n.Nationality.Country))
            {
                sides.Add(n.Nationality);
            }
            i += n.Tokens - 1;
        }
        return sides;
    }

    // The article's words before the count's sentence (its headline first), where the story names its war.
    private static List<Token> ArticleBefore(PeopleCountReader reader)
    {
        var tokens = new List<Token>();
        Token.Split(reader.Text, 0, reader.Sentence.Start, tokens);
        return tokens;
    }
}
