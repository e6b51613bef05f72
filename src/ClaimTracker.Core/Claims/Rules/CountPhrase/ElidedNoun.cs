using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// Elided people noun: a bare count that goes on from an earlier count of its sentence leaves that count's noun out
/// ("nine people were killed in the south and seven in the Bekaa", "a total of 861 soldiers, including 419 in ground
/// battles", "58 of whom are still held, including 34 the military says are dead", "displaced 13 million, including
/// 4 million who have fled", "killing 1,200 people and abducting around 250", "19 … in the south, 14 in the Nabatieh governorate"). Led by a comma, a joining word or a metric verb
/// of its own or a fate noun and "of" of its own ("the killing of more than 270 people and the wounding of over 590",
/// Unseen48 france24-debaal: Lebanese and Gaza tallies pair the two nouns so), and followed by no noun of its own (a preposition, a relative, the clause's end), it counts the
/// earlier count's people; <see cref="BareCount"/> then gives them. Golden cases: elided_people_noun, elided_noun_in_a_comma_list,
/// elided_count_to_hospitals, toll_by_a_later_time, counts_at_times_after_a_colon, a_list_goes_on_in_addition, out_of_those_sent,
/// the_wounding_of_an_elided_count, a_whole_that_counts_posts.
/// </summary>
internal sealed class ElidedNoun : CountPhraseRule
{
    public static readonly ElidedNoun Rule = new();

    private static readonly WordSet Leads = WordLists.Set("elidedLeads");
    private static readonly WordPhrases LeadPhrases = new(WordLists.Set("elidedLeadPhrases"));
    private static readonly WordSet Followers = WordLists.Set("elidedFollowers");
    private static readonly WordSet Hospitals = WordLists.Set("hospitals");
    private static readonly WordSet VerbStarts = WordLists.Set("verbStarts");
    private static readonly WordSet UnitPosts = WordLists.Set("unitPosts");
    private static readonly WordSet FacilityPlaces = WordLists.Set("facilityPlaces");

    // How many words after the earlier count may name what it counts ("265 Hezbollah military positions").
    private const int WholeNounReach = 4;

    private ElidedNoun()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        var lead = phrase.TokenBefore;
        if (phrase.Noun >= 0 || phrase.Previous is null || phrase.SawThem || lead <= phrase.PreviousBound)
        {
            return true;
        }
        // "19 people were killed in the south, 14 in the Nabatieh governorate and 15 in …": a list joins by commas too.
        // "sent about 15,000 troops in two rounds: some 11,000 last autumn and …": a colon opens such a list.
        var listed = !reader.Tokens[lead].IsWord && reader.Text[reader.Tokens[lead].Start] is ',' or ':';
        if (!listed && !reader.Tokens[lead].IsWord)
        {
            return true;
        }
        // "four from Kfarkila, in addition to three from Odaisseh"; "killed, out of roughly 14,000 sent" (OutOfTheWhole).
        // ", North Koreans up to 4,000": a gapped list's second side (SideNamedBeforeTheCount) leaves the noun out too.
        // "the latest 189 on Dec. 30", "and today another 120": more of the same people (LatestOfTheCount).
        var continuing = LatestOfTheCount.Marks(reader, lead, phrase.PreviousBound, Leads);
        var joined = listed || continuing || Leads.Contains(reader.Word(lead)) || LeadPhrases.EndsAt(reader.Text, reader.Tokens, lead) || OutOfTheWhole.Marks(reader, lead)
            || SideNamedBeforeTheCount.Gapped(reader, phrase);
        var ownVerb = !joined && MetricWord.At(reader, lead, phrase.QualifierFirst) is { } verb && verb is not (Metric.Deployed or Metric.Engaged);
        // The word right after the number: "including 34 the military says are dead" reads "the" as a describing word.
        var after = phrase.TokenAfter;
        // "the killing of more than 270 people and the wounding of over 590": a fate noun and "of" of its own.
        // A vague "the injury of hundreds" stays unread, as Unseen31's Emergency Lawyers quote annotates it.
        var ownNoun = !joined && !ownVerb && phrase.Number.Kind != NumberKind.Vague
            && NounOfCount.Before(reader, phrase.QualifierFirst, phrase.PreviousBound) is not null;
        phrase.Elided = (joined || ownVerb || ownNoun) && EndsBare(reader, after) && !ShareOfThings(reader, phrase);
        // "killed 13 foreign peacekeepers, including nine from South Africa": the country they come from is theirs.
        if (phrase.Elided && reader.Is(after, "from") && Nationality.At(reader.Text, reader.Tokens, after + 1) is { } from)
        {
            phrase.Nationalities.Add(from.Nationality.Adjective);
        }
        return true;
    }

    // "out of 265 Hezbollah military positions identified south of the Litani, about 190 had been handed over": the
    // whole counts posts, not people, so the share after it leaves out "positions" and takes no people (Unseen63
    // anews-aa-toulin read 190 as the previous sentence's fighters). The whole's noun phrase ends at punctuation or a
    // preposition; only a whole after "out of" is asked, since "destroyed 40 positions and killed 12" counts people.
    public static bool ShareOfThings(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.PreviousBound >= 2
        && (OutOfTheWhole.Marks(reader, phrase.PreviousBound - 1) || OutOfTheWhole.Marks(reader, phrase.PreviousBound - 2))
        && CountsThings(reader, phrase.PreviousBound);

    private static bool CountsThings(PeopleCountReader reader, int previous)
    {
        for (var i = previous + 1; i <= previous + WholeNounReach && i < reader.Tokens.Count && reader.Tokens[i].IsWord && !reader.IsIn(i, Followers); i++)
        {
            if (reader.IsIn(i, UnitPosts) || reader.IsIn(i, FacilityPlaces))
            {
                return true;
            }
        }
        return false;
    }

    // Nothing after the count that could be its own noun: punctuation, the sentence's end, a preposition or a relative,
    // a time ("and 26 by early morning", "some 11,000 last autumn": <see cref="TollRestated"/>);
    // or its own verb straight after it ("with more than 1,600 fleeing the town", "and more than 21 million face hunger").
    // "had taken 14 wounded to hospitals in the camp and at least nine to hospitals in Sidon": "to" and a hospital.
    private static bool EndsBare(PeopleCountReader reader, int after) =>
        after >= reader.Tokens.Count || !reader.Tokens[after].IsWord || Followers.Contains(reader.Word(after))
        || VerbStarts.Contains(reader.Word(after)) || MetricWord.At(reader, after, after + 1) is not null || TollRestated.AtATime(reader, after)
        || (reader.Is(after, "to") && reader.IsIn(after + 1, Hospitals));
}
