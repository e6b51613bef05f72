namespace ClaimTracker.Core.Claims;

/// <summary>
/// Every item of a coordinated list inside an "among the killed / among those hurt" frame shares the frame's fate:
/// "Among the Palestinians killed Wednesday were at least five children, seven women and an on-duty paramedic" (the
/// frame fronted) and "five rescuers from the State Emergency Service, four medical workers and a police officer were
/// among those hurt" (the frame after the list). Gaza's hospitals and Ukraine's interior ministry break a toll down so;
/// the nearer item got the fate and the middle or first one, past a modifier ("from the State Emergency Service") or a
/// comma, did not (Unseen47 ap-gaza, reuters-kyiv). The count must be a list item (a comma or "and" next to it) and
/// the frame must name a casualty fate (killed, wounded, killed or wounded, missing); a count with a fate of its own
/// keeps it. A fronted frame's demonym ("Among the Palestinians killed") names the items' nation. Golden cases: among_frame_fronted_list_items_share_the_fate, among_frame_after_a_list_item_with_a_modifier.
/// </summary>
internal sealed class ListUnderAnAmongFrame : CountPhraseRule
{
    public static readonly ListUnderAnAmongFrame Rule = new();

    // How far the frame's copula may stand from a list item, and the fate word from "among".
    private const int ListReach = 16;
    private const int FateReach = 6;

    private static readonly WordSet Copulas = WordLists.Set("predicateCopulas");
    private static readonly WordSet FrameDeterminers = WordLists.Set("amongFrameDeterminers");
    // "among" itself, a list of its own so the rule's trigger (RuleTriggers) is the word it opens on.
    private static readonly WordSet Among = WordLists.Set("amongFrameWords");

    private ListUnderAnAmongFrame()
        : base(RuleTriggers.Of("listUnderAnAmongFrame"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (phrase.Noun < 0 || !IsListItem(reader, phrase))
        {
            return true;
        }
        var fronted = FrontedFrame(reader, phrase);
        // "Among the Palestinians killed … were at least five children": the frame's demonym is the items' nation.
        if (fronted is not null && draft.Nationalities.Count == 0 && Nationality.At(reader.Text, reader.Tokens, FrameNoun(reader)) is { } named)
        {
            draft.Nationalities = [named.Nationality.Adjective];
        }
        if ((draft.MetricGuessed || draft.Metric == Metric.Other) && (fronted ?? FrameAfter(reader, phrase)) is { } fate)
        {
            draft.Metric = fate;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // A list item: a comma or "and" right before the count, or a comma or "and" within the words after its noun.
    private static bool IsListItem(PeopleCountReader reader, CountPhrase phrase)
    {
        if (IsListMark(reader, phrase.TokenBefore))
        {
            return true;
        }
        for (var i = phrase.Noun + 1; i < reader.Tokens.Count && i <= phrase.Noun + 6; i++)
        {
            if (IsListMark(reader, i))
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsListMark(PeopleCountReader reader, int i) =>
        i >= 0 && i < reader.Tokens.Count && (reader.Is(i, "and") || (!reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ','));

    // The word after "Among the" that opens the sentence.
    private static int FrameNoun(PeopleCountReader reader) => FirstWord(reader) + 2;

    private static int FirstWord(PeopleCountReader reader)
    {
        var first = 0;
        while (first < reader.Tokens.Count && !reader.Tokens[first].IsWord)
        {
            first++;
        }
        return first;
    }

    // "Among the Palestinians killed Wednesday were …": the sentence opens on "among", its copula stands before the count.
    private static Metric? FrontedFrame(PeopleCountReader reader, CountPhrase phrase)
    {
        var first = FirstWord(reader);
        if (!reader.IsIn(first, Among) || !reader.IsIn(first + 1, FrameDeterminers))
        {
            return null;
        }
        for (var k = first + 2; k < phrase.QualifierFirst && k <= first + 2 + FateReach; k++)
        {
            if (reader.IsIn(k, Copulas))
            {
                return Fate(reader, first + 2, k);
            }
        }
        return null;
    }

    // "… and a police officer were among those hurt": the list's copula, then "among" and the frame's fate word.
    private static Metric? FrameAfter(PeopleCountReader reader, CountPhrase phrase)
    {
        for (var k = phrase.AfterCount; k < reader.Tokens.Count && k <= phrase.AfterCount + ListReach; k++)
        {
            if (reader.IsIn(k, Copulas) && reader.IsIn(k + 1, Among) && reader.IsIn(k + 2, FrameDeterminers))
            {
                return Fate(reader, k + 3, Math.Min(reader.Tokens.Count, k + 3 + FateReach));
            }
            if (reader.Tokens[k].IsWord && !reader.IsIn(k, Copulas) && MetricWord.At(reader, k, reader.Tokens.Count) is not (null or Metric.Other))
            {
                return null;
            }
        }
        return null;
    }

    private static Metric? Fate(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.Tokens[i].IsWord && MetricWord.At(reader, i, reader.Tokens.Count) is { } m
                && m is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Missing)
            {
                return m;
            }
        }
        return null;
    }
}
