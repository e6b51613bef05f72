namespace ClaimTracker.Core.Claims;

/// <summary>
/// Events counted, not people: "the RSF committed four new massacres", "the army carried out 15 strikes overnight", "three
/// separate attacks". A figure whose noun, after up to two describing words (counts.json countedEventLeads), is an
/// event (counts.json countedEvents) counts no one, whatever verb sends or commits it (the golds list no such figure:
/// WAFA's "committed 14 massacres against families" in Unseen21 and Unseen23). Golden case: events_counted_are_no_people.
/// </summary>
internal sealed class CountedEvents : CountPhraseRule
{
    public static readonly CountedEvents Rule = new();

    private static readonly WordSet Events = WordLists.Set("countedEvents");
    private static readonly WordSet Leads = WordLists.Set("countedEventLeads");

    private const int MostLeads = 2;

    private CountedEvents()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft) => !NamesEvents(reader, phrase.TokenAfter);

    private static bool NamesEvents(PeopleCountReader reader, int first)
    {
        for (var j = first; j <= first + MostLeads && j < reader.Tokens.Count && reader.Tokens[j].IsWord; j++)
        {
            if (Events.Contains(reader.Word(j)))
            {
                return true;
            }
            if (!Leads.Contains(reader.Word(j)))
            {
                return false;
            }
        }
        return false;
    }
}
