namespace ClaimTracker.Core.Claims;

/// <summary>
/// A breakdown by place that goes on in the next sentence: "The most child casualties were recorded in Donetsk Oblast,
/// where 452 children have been killed or injured. Kharkiv Oblast follows with 281, and Kyiv Oblast with 129" (Unseen53
/// euromaidan-prosecutor); Ukrainian prosecutors, OCHA and IOM rank their places so ("X comes next with N", "followed by
/// X with N", "then X, with N"). The sentence's first count is bare, led by "with" (counts.json breakdownLeads), and a
/// ranking word (breakdownRankWords: follows, next, followed …) and a capitalised place stand in the few words before
/// it; when the sentence before counted people, the count is theirs, with their fate (an elided noun across the full
/// stop, as <see cref="ElidedNoun"/> reads one within a sentence; the later "and Kyiv Oblast with 129" is then its).
/// Golden cases: breakdown_follows_with_a_place, breakdown_with_no_people_before (negative control).
/// </summary>
internal sealed class BreakdownGoesOn : CountPhraseRule
{
    public static readonly BreakdownGoesOn Rule = new();

    // "South Kordofan comes next with 9,500": the rank word and the place sit just before "with".
    private const int Reach = 6;

    private static readonly WordSet Leads = WordLists.Set("breakdownLeads");
    private static readonly WordSet RankWords = WordLists.Set("breakdownRankWords");
    private static readonly WordSet RegionWords = WordLists.Set("regionWords");
    private static readonly Dictionary<string, string> Regions = WordLists.Pairs(WordLists.Set("regions"));

    private BreakdownGoesOn()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun >= 0 || phrase.Previous is not null || phrase.PreviousBound >= 0 || phrase.SawThem || phrase.Elided
            || !reader.IsIn(phrase.TokenBefore, Leads) || !Ranked(reader, phrase.TokenBefore) || !EndsBare(reader, phrase.TokenAfter))
        {
            return true;
        }
        phrase.Elided = phrase.Antecedent() is { } above && above.Sentence == reader.SentenceIndex - 1 && above.Metric is not null;
        // "Kharkiv Oblast follows with 281": the oblast's country is the counted children's (populations.json regions).
        if (phrase.Elided && RegionCountry(reader, phrase.TokenBefore) is { } people)
        {
            phrase.Nationalities.Add(people.Adjective);
        }
        return true;
    }

    // A rank word and a capitalised word (the place) among the few words before the lead, no other mark but a comma.
    private static bool Ranked(PeopleCountReader reader, int lead)
    {
        var (rank, place) = (false, false);
        for (var i = lead - 1; i >= 0 && i >= lead - Reach; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                if (!reader.IsMark(i, ','))
                {
                    break;
                }
                continue;
            }
            rank |= reader.IsIn(i, RankWords);
            place |= char.IsUpper(reader.Text[reader.Tokens[i].Start]) && !reader.IsIn(i, RankWords);
        }
        return rank && place;
    }

    // A region of populations.json regions and a region word ("Kharkiv Oblast") among the words before the lead.
    private static Nationality? RegionCountry(PeopleCountReader reader, int lead)
    {
        for (var i = Math.Max(0, lead - Reach); i + 1 < lead; i++)
        {
            if (reader.IsIn(i + 1, RegionWords) && reader.Tokens[i].IsWord
                && Regions.TryGetValue(reader.Word(i).ToString(), out var country) && Nationality.OfCountry(country) is { } people)
            {
                return people;
            }
        }
        return null;
    }

    // "with 281," "with 129." — nothing of its own after the count: a mark or the sentence's end.
    private static bool EndsBare(PeopleCountReader reader, int after) =>
        after >= reader.Tokens.Count || !reader.Tokens[after].IsWord || reader.Is(after, "and");
}
