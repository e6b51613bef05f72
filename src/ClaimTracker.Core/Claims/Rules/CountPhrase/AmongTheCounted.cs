using ClaimTracker.Core.Numbers;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "Three children were among the 14 people killed", "300 unaccompanied minors were among them": a count said to be
/// among other people shares their fate, read from the words after "among the" (past the other count, which bounds
/// the clause) or, for "among them/those", from the people last counted. Only when the count's own clause gave no
/// metric. A headline drops the verb: "Mother and two daughters among eight killed as missiles strike Lviv".
/// A count heading a list of victims shares the list's verb: "Two local journalists, a pregnant woman and a child were
/// among the dead" (Gaza's health ministry and civil defence name the victims of a strike so).
/// Golden cases: among_the_counted_shares_their_fate, among_the_wounded_after_one_more_person, headline_among_the_killed,
/// count_heading_a_victims_list, pair_of_counts_among_the_dead,
/// among_those_killed_names_the_fate.
/// </summary>
internal sealed class AmongTheCounted : CountPhraseRule
{
    public static readonly AmongTheCounted Rule = new();

    private const int Reach = 8;

    // How many words a victims list after the count may take: "Two local journalists, a pregnant woman and a child".
    private const int ListReach = 12;

    private static readonly WordSet Auxiliaries = WordLists.Set("mainVerbAuxiliaries");
    private static readonly WordSet Pronouns = WordLists.Set("amongPronouns");
    private static readonly WordSet Copulas = WordLists.Set("predicateCopulas");
    private static readonly WordSet Determiners = WordLists.Set("amongDeterminers");

    private AmongTheCounted()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        if (draft.MetricGuessed && FrontedAmongThem(reader, phrase.TokenBefore)
            && (phrase.Previous?.Metric ?? phrase.Antecedent()?.Metric) is { } earlier and not (Metric.Deployed or Metric.Other))
        {
            draft.Metric = earlier;
            draft.MetricGuessed = false;
            return true;
        }
        var verb = PastListedPeople(reader, phrase.AfterCount);
        // "Four children among 12 killed in Gaza strike": headline grammar drops the verb.
        var among = HeadlineAmong(reader, phrase.AfterCount) ? phrase.AfterCount : verb + 1;
        if (!draft.MetricGuessed || phrase.Noun < 0 || !reader.Is(among, "among")
            || (among != phrase.AfterCount && !(reader.IsIn(verb, Auxiliaries))))
        {
            return true;
        }
        var fate = reader.IsIn(among + 1, Pronouns) && !NamesItsFate(reader, among + 1)
            ? (phrase.Previous?.Metric ?? phrase.Antecedent()?.Metric)
            : Named(reader, among + 1);
        if (fate is { } metric and not (Metric.Deployed or Metric.Other))
        {
            draft.Metric = metric;
            draft.MetricGuessed = false;
        }
        return true;
    }

    // "They were among 72 people killed … Among them were seven people shot near an aid site": the fronted "among
    // them" puts the count inside the people last counted, whose fate it shares though its own clause ("shot") names
    // none (Unseen31 dunya-afp; golden case among_them_were_people_shot).
    private static bool FrontedAmongThem(PeopleCountReader reader, int before) =>
        reader.IsIn(before, Copulas) && reader.IsIn(before - 1, Pronouns) && reader.Is(before - 2, "among");

    // "at least 12 children and nine women were among those killed in Al-Sunut", "among those who died": "those" before a fate word is a
    // determiner of the dead, not a pronoun for the people last counted (there the wounded of the paragraph before);
    // the fate word names the count's fate (metrics.json amongDeterminers; Unseen41 menafn-anadolu; golden case
    // among_those_killed_names_the_fate).
    private static bool NamesItsFate(PeopleCountReader reader, int pronoun) =>
        reader.IsIn(pronoun, Determiners) && Named(reader, pronoun + 1) is not (null or Metric.Deployed or Metric.Other);

    private static bool HeadlineAmong(PeopleCountReader reader, int afterCount) =>
        reader.Is(afterCount, "among") && StatedPlan.IsHeadline(reader.Sentence, reader.Text);

    // "Nine children and a paramedic were among the wounded", "five foreigners and a Palestinian driver were among the
    // dead": one more person joined by "and a" (or a second count) shares the verb, so the verb comes after that person, one or two words
    // on (golden cases among_the_wounded_after_one_more_person, kin_and_foreign_people).
    private static int PastOnePerson(PeopleCountReader reader, int afterCount)
    {
        if (!reader.Is(afterCount, "and") || !(reader.Is(afterCount + 1, "a") || reader.Is(afterCount + 1, "an") || IsCount(reader, afterCount + 1)))
        {
            return afterCount;
        }
        for (var k = afterCount + 3; k <= afterCount + 4 && k < reader.Tokens.Count && reader.Tokens[k - 1].IsWord; k++)
        {
            if (reader.IsIn(k, Auxiliaries))
            {
                return k;
            }
        }
        return afterCount;
    }

    // "Two women and three children were among nine people who died": a second count in the pair counts as the one
    // more person does (golden case pair_of_counts_among_the_dead).
    private static bool IsCount(PeopleCountReader reader, int i) =>
        i < reader.Tokens.Count && (reader.IsNumberToken(i) || (reader.Tokens[i].IsWord && NumberWord.TryGet(reader.Word(i), out _)));

    // "Two local journalists, a pregnant woman and a child were": the people listed after the count, each led by a
    // comma or "and", end at the list's auxiliary; any other mark ends the search (golden case
    // count_heading_a_victims_list).
    private static int PastListedPeople(PeopleCountReader reader, int afterCount)
    {
        var tokens = reader.Tokens;
        if (!IsComma(reader, afterCount))
        {
            return PastOnePerson(reader, afterCount);
        }
        var joined = false;
        for (var k = afterCount + 1; k < tokens.Count && k <= afterCount + ListReach; k++)
        {
            if (!tokens[k].IsWord)
            {
                if (!IsComma(reader, k))
                {
                    return afterCount;
                }
                continue;
            }
            if (joined && Auxiliaries.Contains(reader.Word(k)))
            {
                return k;
            }
            joined |= reader.Is(k, "and");
        }
        return afterCount;
    }

    private static bool IsComma(PeopleCountReader reader, int i) =>
        i < reader.Tokens.Count && !reader.Tokens[i].IsWord && reader.Text[reader.Tokens[i].Start] == ',';

    // "among the 14 people killed", "among the dead": the first metric word before the clause ends.
    private static Metric? Named(PeopleCountReader reader, int from)
    {
        var tokens = reader.Tokens;
        for (var i = from; i < tokens.Count && i < from + Reach; i++)
        {
            if (!tokens[i].IsWord)
            {
                if (reader.Text[tokens[i].Start] != '-')
                {
                    return null;
                }
                continue;
            }
            if (MetricWord.At(reader, i, tokens.Count) is { } m)
            {
                return m;
            }
        }
        return null;
    }
}
