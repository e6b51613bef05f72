namespace ClaimTracker.Core.Claims;

/// <summary>
/// Nationality from the clause: a nationality before the count names its people ("Russian losses", "Russia's
/// military, which has faced 600,000 casualties", "the overall Palestinian death toll"), but not the killers of an
/// active verb, a sender ("sent by"), a clause after a contrast ("while"), or a name inside an attributor.
/// A side ("On the Russian side, five people …") names no people of "people". Golden cases: nationality_before_death_toll,
/// contrast_clause_nationality, soldiers_of_the_named_army, people_on_a_side_stay_people, an_outlets_nation_is_no_people,
/// carried_wounded_are_not_the_carriers.
/// A country that blocks the counted is their jailer, not their nation: "Israel is still preventing some 15,500
/// patients from leaving" (counts.json <c>blockingVerbs</c>, Unseen47 xinhua), so the search stops at such a verb. And a
/// clause that opens with "as the" ("Israeli troops opened fire …, as the territory's health ministry said the war's
/// death toll had passed 56,000", Unseen48 cbs-gaza) is another clause, whose toll the attackers before it do not own
/// (<c>clauseAs</c>). Golden cases: a_blocker_is_not_the_blocked_peoples_nation, a_toll_after_as_the_is_not_the_attackers.
/// </summary>
internal sealed class NationalityBeforeCount : CountPhraseRule
{
    public static readonly NationalityBeforeCount Rule = new();

    private static readonly WordSet SentBy = WordLists.Set("sentBy");
    private static readonly WordSet Experiencer = WordLists.Set("experiencer");
    private static readonly WordSet TollWords = WordLists.Set("tollWords");
    private static readonly WordSet ExperiencerVerbs = WordLists.Set("experiencerVerbs");
    private static readonly WordSet NamedFacilities = WordLists.Set("namedFacilities");
    private static readonly WordSet OutletNouns = WordLists.Set("outletNouns");
    private static readonly WordSet BlockingVerbs = WordLists.Set("blockingVerbs");
    private static readonly WordSet ClauseAs = WordLists.Set("clauseAs");
    private static readonly WordSet SpeakerDescriptionNouns = WordLists.Set("speakerDescriptionNouns");
    private static readonly WordSet AgentVerbs = WordLists.Set("agentVerbs");
    private static readonly WordSet AgentAuxiliaries = WordLists.Set("agentAuxiliaries");

    private NationalityBeforeCount()
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // "790,000 people …, 125,000 of whom are staying in shelters": a part's people are its whole's (PartOfAnEarlierWhole).
        if (draft.Nationalities.Count == 0 && PartOfAnEarlierWhole.Whole(reader, phrase) is { } whole)
        {
            draft.Nationalities = [.. whole.Nationalities];
            return true;
        }
        // "Lebanese soldiers drove two of the injured to hospital": the carriers' nation is not the carried's (CarriedWounded).
        if (draft.Nationalities.Count == 0 && !phrase.InAside && !phrase.ActiveVerb && !CarriedWounded.Holds(reader, draft, phrase.Noun) && !FreedByCaptors.Holds(reader, phrase, draft)
            && ToLeft(reader, phrase, draft.Metric!.Value, draft) is ({ } found, var start))
        {
            // "a combined contingent of Russian and North Korean soldiers … had lost about 200 personnel": both peoples.
            draft.Nationalities = JoinedNations.Before(reader, start, found) is { } first ? [first, found] : [found];
        }
        return true;
    }

    // The nationality that names the count's people, with its first token; (null, -1) when none does.
    private static (string? Adjective, int Start) ToLeft(PeopleCountReader reader, CountPhrase phrase, Metric metric, ClaimDraft draft)
    {
        var (qualifierFirst, possessive) = (phrase.QualifierFirst, phrase.SawPossessive);
        // Only a nationality before the count can answer: a sentence naming none there skips the walk (issue 10 deliver 4).
        if (!reader.Nationalities.AnyBefore(qualifierFirst))
        {
            return (null, -1);
        }
        var casualty = metric is Metric.Killed or Metric.Wounded or Metric.KilledOrWounded or Metric.Captured or Metric.Missing;
        for (var i = qualifierFirst - 1; i >= 0; i--)
        {
            if (!reader.Tokens[i].IsWord)
            {
                continue;
            }
            if (SecondCountOfTheClause.Stops(phrase, i))
            {
                return (null, -1);
            }
            // "The United States pledged $200 million, while the WFP warned that 25 million people…": a contrast starts a new clause.
            if (reader.Is(i, "while") || reader.Is(i, "whereas") || reader.Is(i, "but") || reader.Is(i, "although")
                || reader.IsIn(i, BlockingVerbs) || (reader.IsIn(i, ClauseAs) && (reader.Is(i + 1, "the") || CommaBefore(reader, i))))
            {
                return (null, -1);
            }
            // Find the nationality phrase that ends at token i.
            for (var s = Math.Max(0, i - 2); s <= i; s++)
            {
                if (reader.Nationalities.At(s) is not { } n || s + n.Tokens - 1 != i)
                {
                    continue;
                }
                // "On the Russian side, five people were killed": people on a side stay people, as the golds keep them
                // (Unseen23 dpa); SidesPeople gives a side's soldiers and civilians their nation.
                if (draft.Noun == "people" && s >= 2 && SidesPeople.SideAt(reader.Text, reader.Tokens, s - 2) is not null)
                {
                    return (null, -1);
                }
                if (!CountryAsPlace.At(reader, s, i, n.Nationality, draft) && !SecondCountOfTheClause.PassiveAgent(reader, phrase, s)
                    && Names(reader, s, i, qualifierFirst, possessive, casualty))
                {
                    return (n.Nationality.Adjective, s);
                }
                break;
            }
        }
        return (null, -1);
    }

    // Whether the nationality at tokens s..i names the count's people.
    private static bool Names(PeopleCountReader reader, int s, int i, int qualifierFirst, bool possessive, bool casualty)
    {
        var tokens = reader.Tokens;
        var before = s - 1;
        while (before >= 0 && !tokens[before].IsWord)
        {
            before--;
        }
        // "Russia's military, which has faced 600,000 casualties": the people are the army named.
        var after = i + 1;
        while (after < tokens.Count && (!tokens[after].IsWord || reader.Is(after, "s")))
        {
            after++;
        }
        // "the overall Palestinian death toll … to 44,211": the toll is of that people.
        var namesArmy = after < tokens.Count && after - i <= 3 && !reader.Is(after, "s")
            && (Experiencer.Contains(reader.Word(after)) || TollWords.Contains(reader.Word(after)) || (reader.Is(after, "death") && reader.Is(after + 1, "toll")));
        // "The Britain-based monitor said 125 members …": where a body sits is no people (BasedIn); nor is where the story
        // was filed ("GAZA CITY (AFP) — Of the 251 hostages …, 117 have been freed": golden case
        // abductees_are_not_gazas_population).
        // Nor the attackers of "two months of Israeli bombardment" nor a side of "fighting between Israel and Hezbollah"
        // (golden case: sides_of_the_fighting_are_no_people).
        // Nor the adjective of a facility's name ("At the Indonesian Hospital, 40 patients …": golden case
        // staff_take_their_employers_people).
        // Nor the broker of a deal ("Under the US-brokered deal, Hamas released the last 20 living hostages": DealBroker),
        // nor a group's patron ("the Iran-backed group may have lost up to 4,000 people": BackersCompound).
        // Nor the nation of an outlet ("A British newspaper found that more than 540 people had been tortured": golden case
        // an_outlets_nation_is_no_people).
        // Nor the nation in a speaker's description ("COGAT, the Israeli agency that controls access to Gaza, said 45 patients
        // … had left": Unseen55 energynews-reuters; counts.json speakerDescriptionNouns): it says who speaks, as an outlet's does
        // (golden case a_speakers_described_nation_is_not_the_counteds). Nor a nation that acts in a clause of its own
        // (AgentOfAVerb), nor the one a perpetrator's "by" phrase names ("the war waged by the Israeli forces": PerpetratorPhrase).
        if (BasedIn.At(reader.Text, tokens, s, i - s + 1) || NamedAsPlace.IsDateline(reader.Text, tokens, s, i - s + 1) || NamesAFacility(reader, i + 1)
            || reader.IsIn(i + 1, OutletNouns) || reader.IsIn(i + 1, SpeakerDescriptionNouns) || AgentOfAVerb(reader, i + 1)
            || AttackersAdjective.At(reader.Text, tokens, s, i - s + 1) || Belligerents.At(reader.Text, tokens, s) || DealBroker.At(reader, i) || BackersCompound.At(reader, i)
            || PerpetratorPhrase.Nation(reader.Text, tokens, s))
        {
            return false;
        }
        if (!namesArmy && before >= 0 && SentBy.Contains(reader.Word(before)))
        {
            return false;
        }
        // "North Korean troops who had engaged in combat with Ukrainian forces \"have suffered 1,200 casualties\"": the foe
        // they fought is no people of theirs (OpposedForce).
        if (OpposedForce.At(reader, before, i, qualifierFirst))
        {
            return false;
        }
        // "Tom Fletcher, who visited Port Sudan last week, said …": where the speaker was (SpeakersRelativeClause); "North
        // Korean soldiers deployed in Russia have suffered …": where the force is (ForcesWhereabouts).
        if (SpeakersRelativeClause.At(reader, s, i, qualifierFirst) || (casualty && ForcesWhereabouts.At(reader, s)))
        {
            return false;
        }
        if (casualty && !possessive && !namesArmy && !ExperiencerVerbBetween(reader, i + 1, qualifierFirst))
        {
            return false;
        }
        return !reader.IsInsideAttributor(tokens[s].Start);
    }

    // "two months of all-out war in which Israel killed about 4,000 people in Lebanon, … and some 1.2 million people were
    // displaced" (Unseen55 trtworld-doha-kafarman): a nation that does the killing, striking or driving out in a clause
    // of its own (counts.json agentVerbs, after an auxiliary of agentAuxiliaries) is the actor, not the people of a count
    // further on; the count's own active verb already keeps its subject out (ActiveVerb). Golden case:
    // the_killers_nation_is_not_the_displaceds.
    private static bool AgentOfAVerb(PeopleCountReader reader, int next)
    {
        while (next < reader.Tokens.Count && reader.Tokens[next].IsWord && reader.IsIn(next, AgentAuxiliaries))
        {
            next++;
        }
        return next < reader.Tokens.Count && reader.Tokens[next].IsWord && reader.IsIn(next, AgentVerbs);
    }

    // "Israel carried out new strikes on Beirut's southern suburbs, as more than a million people have been displaced
    // across the country" (Unseen58 dawn-afp): ", as" opens a clause of its own, as "as the" does, so the main clause's
    // actor is not the displaced people's nation. Golden case: a_toll_after_comma_as_is_not_the_actors.
    private static bool CommaBefore(PeopleCountReader reader, int i) =>
        i > 0 && !reader.Tokens[i - 1].IsWord && reader.Text[reader.Tokens[i - 1].Start] == ',';

    private static bool NamesAFacility(PeopleCountReader reader, int next) =>
        next < reader.Tokens.Count && reader.Tokens[next].IsWord && char.IsUpper(reader.Text[reader.Tokens[next].Start]) && NamedFacilities.Contains(reader.Word(next));

    private static bool ExperiencerVerbBetween(PeopleCountReader reader, int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (reader.IsIn(j, ExperiencerVerbs))
            {
                return true;
            }
        }
        return false;
    }
}
