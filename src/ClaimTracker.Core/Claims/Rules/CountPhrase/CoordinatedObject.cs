namespace ClaimTracker.Core.Claims;

/// <summary>
/// A verb's objects in coordination take that verb; the next verb starts a new group: in "abducting 42 pupils and six
/// teachers and killing one guard" the teachers were abducted, and in "abducted 31 students, four staff members and
/// nine relatives" every count of the list was. A count joined by "and" or a comma to an earlier count that was the
/// object of the verb right before it, with only that count's people words in between and no verb group of its own
/// after it ("killed 12 people, 30 were wounded" keeps its own), shares that count's metric. Read by
/// <see cref="ClauseMetric"/>. Before a comma, a time or place the earlier count's verb happened at may stand too
/// ("killed nine people on Tuesday, six Palestinians and three foreigners": counts.json listAdjunctWords and
/// capitalised names), since the list after the comma still breaks down the same objects; a member's place ("citizens
/// of Wad Al-Balila in western Al-Gazira State") may stand before a comma or "and" (<see cref="PlaceWord"/>). Golden
/// cases: coordinated_objects_take_their_verb, a_breakdown_after_a_time_phrase, objects_listed_by_their_places.
/// </summary>
internal static class CoordinatedObject
{
    private static readonly WordSet Auxiliaries = WordLists.Set("auxiliaries");
    private static readonly WordSet BecomingVerbs = WordLists.Set("becomingVerbs");
    private static readonly WordSet AdjunctWords = WordLists.Set("listAdjunctWords");
    private static readonly WordSet PlaceWords = WordLists.Set("listPlaceWords");

    /// <summary>Whether the count continues the list of objects of the verb before <paramref name="previous"/>.</summary>
    public static bool Continues(PeopleCountReader reader, CountPhrase phrase, ClaimDraft? previous)
    {
        var joiner = phrase.TokenBefore;
        if (previous is not { ObjectOfVerb: true, Metric: not null } || phrase.PreviousBound < 0 || joiner <= phrase.PreviousBound || phrase.InAside || phrase.SawThem)
        {
            return false;
        }
        var tokens = reader.Tokens;
        var comma = !tokens[joiner].IsWord && reader.Text[tokens[joiner].Start] == ',';
        if (!comma && !reader.Is(joiner, "and"))
        {
            return false;
        }
        for (var i = phrase.PreviousBound + 1; i < joiner; i++)
        {
            // "send 1,000 sappers to clear mines in Kursk and 5,000 workers": a purpose or destination keeps the list.
            if (!comma && PurposeOrDestination.Spans(reader, i, joiner))
            {
                break;
            }
            if (!(tokens[i].IsWord && (IsPeopleWord(reader, i) || (comma && reader.IsIn(i, AdjunctWords)) || PlaceWord(reader, i, joiner)))
                && !HyphenInAName(reader, i))
            {
                return false;
            }
        }
        return !OwnVerbGroup(reader, phrase.AfterCount);
    }

    /// <summary>Whether the count is the object of the verb right before it (or continues such a list), for the counts after it.</summary>
    public static bool IsObject(PeopleCountReader reader, CountPhrase phrase, Metric? metric, bool continued)
    {
        if (continued)
        {
            return true;
        }
        var verb = QuotedVerb.Before(reader, phrase.QualifierFirst);
        return metric is not null && verb >= 0 && verb >= phrase.Left && reader.Tokens[verb].IsWord && MetricWord.At(reader, verb, verb + 1) == metric;
    }

    // "20 citizens of Wad Al-Aziz village west of Sennar, more than 17 citizens of Wad Al-Balila in western Al-Gazira
    // State, 12 civilians in Meaigina and seven in …" (Sudan's foreign ministry, Unseen75 blnews), "killed three
    // residents of Donetsk Oblast: two in Chasiv Yar and one in …": each member of a list of the verb's objects may
    // say where its people were, before a comma or "and" alike. A place word (counts.json listPlaceWords) counts only
    // when a capitalised name follows it before the joiner, so "12 of the fighters and …" stays out.
    private static bool PlaceWord(PeopleCountReader reader, int i, int joiner)
    {
        if (!reader.IsIn(i, PlaceWords))
        {
            return false;
        }
        for (var j = i + 1; j < joiner; j++)
        {
            if (reader.Tokens[j].IsWord && char.IsUpper(reader.Text[reader.Tokens[j].Start]))
            {
                return true;
            }
        }
        return false;
    }

    // "Al-Aziz", "Al-Gazira": the hyphen inside a capitalised place name.
    private static bool HyphenInAName(PeopleCountReader reader, int i)
    {
        var tokens = reader.Tokens;
        return !tokens[i].IsWord && reader.Text[tokens[i].Start] == '-' && i > 0 && i + 1 < tokens.Count && tokens[i - 1].IsWord && tokens[i + 1].IsWord
            && char.IsUpper(reader.Text[tokens[i - 1].Start]) && char.IsUpper(reader.Text[tokens[i + 1].Start]);
    }

    private static bool IsPeopleWord(PeopleCountReader reader, int i)
    {
        var w = reader.Word(i);
        return PeopleWords.IsPeopleNoun(w) || ClaimLexicon.SingularPeople.Contains(w) || ClaimLexicon.NounModifiers.Contains(w)
            || PeopleWords.IsDescribingWord(reader, i) || char.IsUpper(reader.Text[reader.Tokens[i].Start]);
    }

    // "30 were wounded", "30 others died", "dozens of others went missing" (counts.json becomingVerbs before a fate word):
    // a verb group right after the count is its own.
    private static bool OwnVerbGroup(PeopleCountReader reader, int afterCount) =>
        afterCount < reader.Tokens.Count && reader.Tokens[afterCount].IsWord
        && (Auxiliaries.Contains(reader.Word(afterCount)) || MetricWord.At(reader, afterCount, afterCount + 1) is not null
            || (reader.IsIn(afterCount, BecomingVerbs) && afterCount + 1 < reader.Tokens.Count && MetricWord.At(reader, afterCount + 1, afterCount + 2) is not null));
}
