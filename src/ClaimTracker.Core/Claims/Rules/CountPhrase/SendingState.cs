using ClaimTracker.Core.Sources;

namespace ClaimTracker.Core.Claims;

/// <summary>
/// "The Pentagon will send 3,000 troops": deployed troops with no nationality in their own words belong to the
/// government or military that sends them, when the registry knows its country. Golden cases:
/// kremlin_sent_to_belarus, pentagon_plans_additional, capital_sends_more_soldiers, the_north_sends_its_own,
/// troops_the_sender_sent, men_the_state_sends, a_leader_sends_his_states_people, helped_by_sending_troops.
/// </summary>
internal sealed class SendingState : CountPhraseRule
{
    public static readonly SendingState Rule = new();

    private static readonly WordSet SendVerbs = WordLists.Set("sendVerbs");
    private static readonly WordSet SenderAuxiliaries = WordLists.Set("senderAuxiliaries");

    // "could send a second contingent of about 6,000 men": the group named between the verb and the count.
    private static readonly WordSet SentGroupWords = WordLists.Set("sentGroupWords");

    private static readonly WordSet SentWorkers = WordLists.Set("sentWorkers");

    // "Pyongyang's leader dispatched": the title of a leader named by his state.
    private static readonly WordSet LeaderTitles = WordLists.Set("leaderTitles");

    private SendingState()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // "the North could send a second contingent of about 6,000 men": men a state sends are its people.
        // "Kim had agreed to send … 4,800 military construction workers": workers a state sends are its people too.
        var men = !draft.Military && draft.NounWord is { } word && (word.Equals("men", StringComparison.OrdinalIgnoreCase) || SentWorkers.Contains(word));
        if (!phrase.InAside && (draft.Military || men) && draft.Metric == Metric.Deployed && HelperSending(reader, phrase) is { } helper)
        {
            draft.Nationalities = [helper];
        }
        else if (draft.Nationalities.Count == 0 && !phrase.InAside && (draft.Military || men) && draft.Metric == Metric.Deployed
            && (Sender(reader, phrase.QualifierFirst, phrase.Left) ?? SenderAfter(reader, phrase.Noun) ?? SentAlongside(reader, phrase)) is { } found)
        {
            draft.Nationalities = [found];
        }
        return true;
    }

    // "Kim had agreed to send 1,100 sappers and 4,800 military construction workers": the second object of the send
    // verb goes with the first, whose sender was found (CoordinatedObject).
    private static string? SentAlongside(PeopleCountReader reader, CountPhrase phrase) =>
        phrase.Previous is { Metric: Metric.Deployed, Nationalities: [var sent] } && CoordinatedObject.Continues(reader, phrase, phrase.Previous) ? sent : null;

    // The send verb right before the count, past its auxiliaries and group words ("to send an additional"), or -1.
    private static int SendVerb(PeopleCountReader reader, int qualifierFirst, int left)
    {
        var tokens = reader.Tokens;
        var verb = qualifierFirst - 1;
        while (verb > left && (!tokens[verb].IsWord || SenderAuxiliaries.Contains(reader.Word(verb)) || SentGroupWords.Contains(reader.Word(verb)) || reader.Is(verb, "an") || reader.Is(verb, "another") || reader.Is(verb, "additional")))
        {
            verb--;
        }
        return verb > left && tokens[verb].IsWord && SendVerbs.Contains(reader.Word(verb)) ? verb : -1;
    }

    // "North Korea helped Russia … by sending 14,500 troops": the helper sends, though the helped country stands
    // nearer the count (and NationalityBeforeCount took it).
    private static string? HelperSending(PeopleCountReader reader, CountPhrase phrase)
    {
        var verb = SendVerb(reader, phrase.QualifierFirst, phrase.Left);
        return verb > 0 && reader.Is(verb - 1, "by") && SubjectEnd(reader, phrase.Left, verb - 1) is var end and >= 0
            ? SenderEndingAt(reader, end, phrase.Left)
            : null;
    }

    private static string? Sender(PeopleCountReader reader, int qualifierFirst, int left)
    {
        var tokens = reader.Tokens;
        var verb = SendVerb(reader, qualifierFirst, left);
        if (verb < 0)
        {
            return null;
        }
        // The sender stands right before the verb and its auxiliaries: "the Pentagon has already sent", "Moscow plans to send".
        var before = verb - 1;
        while (before > left && (!tokens[before].IsWord || SenderAuxiliaries.Contains(reader.Word(before))))
        {
            before--;
        }
        return before < 0 || !tokens[before].IsWord ? null : SenderEndingAt(reader, before, left);
    }

    // The government, military or country whose name ends at token <paramref name="before"/>.
    private static string? SenderEndingAt(PeopleCountReader reader, int before, int left)
    {
        var tokens = reader.Tokens;
        foreach (var mention in reader.Mentions)
        {
            if (mention.End == tokens[before].End && mention.Start >= reader.Sentence.Start
                && mention.Source is { Kind: SourceKind.Government or SourceKind.Military or SourceKind.Official } source)
            {
                return Nationality.OfCountry(source.Country)?.Adjective;
            }
        }
        return CountryBefore(reader, before, left);
    }

    // "North Korea helped Russia to recapture Kursk by sending 14,500 troops", "Pyongyang has assisted Moscow … by
    // deploying 11,000 soldiers": the means of the clause's verb is sent by the clause's subject, not by the country
    // helped; the subject ends right before the clause's first lower-case word (Unseen39 kbsworld; golden case
    // helped_by_sending_troops).
    private static int SubjectEnd(PeopleCountReader reader, int left, int by)
    {
        for (var i = Math.Max(left + 1, 1); i < by; i++)
        {
            if (reader.Tokens[i].IsWord && char.IsLower(reader.Word(i)[0]))
            {
                return reader.Tokens[i - 1].IsWord ? i - 1 : -1;
            }
        }
        return -1;
    }

    // "the 11,000 troops Pyongyang sent", "the 12,000 soldiers that North Korea deployed", "of the 11,000 soldiers the
    // North sent", "troops sent by Pyongyang": the sender named after the people noun, in a relative clause or after "by".
    private static string? SenderAfter(PeopleCountReader reader, int noun)
    {
        var k = noun + 1;
        if (noun < 0 || k >= reader.Tokens.Count || !reader.Tokens[k].IsWord)
        {
            return null;
        }
        if (SendVerbs.Contains(reader.Word(k)) && reader.Is(k + 1, "by"))
        {
            return NamedAt(reader, k + 2)?.People;
        }
        if (reader.Is(k, "that") || reader.Is(k, "which") || reader.Is(k, "whom"))
        {
            k++;
        }
        if (NamedAt(reader, k) is not { } sender)
        {
            return null;
        }
        var verb = sender.End;
        while (reader.IsIn(verb, SenderAuxiliaries))
        {
            verb++;
        }
        return reader.IsIn(verb, SendVerbs) ? sender.People : null;
    }

    // A country, its capital or "the North" starting at token k, and the token after it.
    private static (string People, int End)? NamedAt(PeopleCountReader reader, int k)
    {
        if (reader.Is(k, "the") && CompassState.At(reader.Text, reader.Tokens, k + 1) is { } compass)
        {
            return (compass.Adjective, k + 2);
        }
        if (Nationality.At(reader.Text, reader.Tokens, k) is not { } n)
        {
            return null;
        }
        // "troops North Korean officers sent" names the officers' people, not a sender.
        var name = reader.Text.AsSpan(reader.Tokens[k].Start, reader.Tokens[k + n.Tokens - 1].End - reader.Tokens[k].Start);
        return name.Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase) ? null : (n.Nationality.Adjective, k + n.Tokens);
    }

    // "Pyongyang was preparing to send", "North Korea has sent": a country or its capital the registry does not list
    // as a body still sends its own; so does its leader, by name ("Kim had agreed to send", "President Vladimir Putin
    // has sent"; populations.json leaders) or by title after the state ("Pyongyang's leader dispatched").
    private static string? CountryBefore(PeopleCountReader reader, int before, int left)
    {
        if (CompassState.At(reader.Text, reader.Tokens, before) is { } compass)
        {
            return compass.Adjective;
        }
        if (ForcesOwner.LeaderEndingAt(reader, before) is { } leaders)
        {
            return leaders.Adjective;
        }
        if (LeaderTitles.Contains(reader.Word(before)) && before - 1 > left && ForcesOwner.IsPossessiveEnding(reader, before - 1))
        {
            before -= 3;
        }
        for (var s = Math.Max(left, before - 2); s <= before; s++)
        {
            if (Nationality.At(reader.Text, reader.Tokens, s) is { } n && s + n.Tokens - 1 == before
                && !reader.Word(before).Equals(n.Nationality.Adjective, StringComparison.OrdinalIgnoreCase))
            {
                return n.Nationality.Adjective;
            }
        }
        return null;
    }
}
