namespace ClaimTracker.Core.Claims;

/// <summary>
/// Status planned: a plan word in the clause ("plans to", "has ordered") or the actor's own decision ("will send",
/// "would deploy", "will be called up", "are to be exchanged"); a forecast ("will arrive", "could be sent") is left
/// to <see cref="Forecast"/>. A denial read before wins. Golden cases: will_send_coordinated_counts_are_planned,
/// could_be_called_up_next_month, captives_told_they_were_promised, already_there_is_no_plan, a_swap_agreed_describes_the_swap,
/// due_to_be_and_set_to, ahead_of_a_planned_offensive, not_authorised_to_speak_is_no_plan, a_headlines_actor_to_send,
/// are_to_go_and_due_to_fly_are_planned, due_to_depart_for_the_front ("due to depart for", "will leave for": a departure with its destination is a move decided),
/// readied_for_dispatch_is_planned (<see cref="ReadiedForDispatch"/>), due_to_leave_is_the_force_in_place,
/// a_force_whose_troops_are_due_to_leave (<see cref="DepartingForce"/>), a_plan_in_a_closed_relative_clause
/// (<see cref="ClosedRelativeClause"/>: a plan inside ", which … ," before the count is its subject's),
/// readying_the_count_and_units_totalling (<see cref="ReadyingTheCount"/>, <see cref="UnitsTotalling"/>),
/// a_plan_in_the_next_clause_is_not_this_counts (<see cref="CoordinatedClause"/>, <see cref="PlanNamedAsAThing"/>).
/// </summary>
internal sealed class StatedPlan : CountPhraseRule
{
    public static readonly StatedPlan Rule = new();

    private static readonly WordSet ReportingVerbs = WordLists.Set("reportingVerbs");
    private static readonly WordSet TellVerbs = WordLists.Set("tellVerbs");
    private static readonly WordSet TimetableWords = WordLists.Set("timetableWords");
    private static readonly WordSet DepartVerbs = WordLists.Set("departVerbs");
    private static readonly WordSet TimetabledMoves = WordLists.Set("timetabledMoves");
    private static readonly WordSet LeavingMoves = WordLists.Set("leavingMoves");
    private static readonly WordSet SubjectPronouns = WordLists.Set("clauseSubjectPronouns");

    private StatedPlan()
        : base(RuleTriggers.Of("statedPlan"))
    {
    }

    public override bool Read(PeopleCountReader reader, CountPhrase phrase, ClaimDraft draft)
    {
        // "two soldiers captured in Kursk had told interrogators they were promised nothing": what the people counted
        // went on to say is no plan for them.
        var right = CoordinatedClause.Bound(reader, phrase.AfterCount, UntilTheySpeak(reader, phrase.AfterCount, phrase.Right));
        var left = ClosedRelativeClause.After(reader, UnitsTotalling.Left(reader, phrase), phrase.QualifierFirst);
        if (draft.Status == ClaimStatus.Reported && !AlreadySo.Follows(reader, phrase) && !PeopleWhoFled.Follows(reader, phrase, draft) && !DepartingForce.Describes(reader, phrase)
            && (PlanBefore(reader, left, phrase.QualifierFirst) || PlanAfter(reader, phrase.AfterCount, right)
                || HasStatedDecision(reader, left, phrase.QualifierFirst) || HasStatedDecision(reader, phrase.AfterCount, right)))
        {
            draft.Status = ClaimStatus.Planned;
        }
        return true;
    }

    // A plan word after the count, unless it describes a thing named just before it: "freed 390 people in the first
    // stage of a swap agreed at talks" reports a release; the swap was agreed, not the count (golden case
    // a_swap_agreed_describes_the_swap). An order in a trailing time clause ("have left … since it ordered residents to
    // move south") dates the count (golden case an_order_in_a_trailing_time_clause).
    private static bool PlanAfter(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if ((reader.IsIn(i, ClaimLexicon.Planned) || ReadiedForDispatch.At(reader, i)) && !DescribesAThing(reader, i) && !PlannedThing.At(reader, i) && !PlanNamedAsAThing.At(reader, i) && !CompletedPlan.At(reader, i) && !LeaveToSpeak.At(reader, i) && !TimeFrameClause.Trails(reader, from, i))
            {
                return true;
            }
        }
        return false;
    }

    // A plan word before the count, unless it is the speaker's leave to speak ("an official, who was not authorised to
    // brief the media, said 150 were wounded") or dates the count in a time clause ("By the time the truce was agreed, …").
    private static bool PlanBefore(PeopleCountReader reader, int from, int to)
    {
        for (var i = Math.Max(0, from); i < to && i < reader.Tokens.Count; i++)
        {
            if ((reader.IsIn(i, ClaimLexicon.Planned) || ReadyToAct.At(reader, i) || ReadyingTheCount.At(reader, i, to)) && !ReadyingTheCount.ReadiesOthers(reader, i, to) && !CompletedPlan.At(reader, i) && !LeaveToSpeak.At(reader, i) && !TimeFrameClause.Holds(reader, i, to))
            {
                return true;
            }
        }
        return false;
    }

    private static bool DescribesAThing(PeopleCountReader reader, int i) =>
        reader.Word(i).EndsWith("ed", StringComparison.OrdinalIgnoreCase) && i >= 2 && reader.Tokens[i - 1].IsWord
        && (reader.Is(i - 2, "a") || reader.Is(i - 2, "an") || reader.Is(i - 2, "the"))
        && !PeopleWords.IsPeopleNoun(reader.Word(i - 1));

    private static int UntilTheySpeak(PeopleCountReader reader, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (reader.Tokens[i].IsWord && (ReportingVerbs.Contains(reader.Word(i)) || TellVerbs.Contains(reader.Word(i))))
            {
                return i;
            }
        }
        return to;
    }

    /// <summary>"depart for", "leave for", "head for", "head to" (metrics.json departVerbs): a departure with its destination.</summary>
    internal static bool DepartsFor(PeopleCountReader reader, int j) =>
        reader.IsIn(j, DepartVerbs) && (reader.Is(j + 1, "for") || (reader.Is(j, "head") && reader.Is(j + 1, "to")));

    // "1,000 engineers are due to be deployed", "scheduled to be released": a timetable is a decision taken.
    private static bool OnATimetable(PeopleCountReader reader, int i) =>
        reader.IsIn(i, TimetableWords);

    private static bool HasStatedDecision(PeopleCountReader reader, int from, int to)
    {
        var tokens = reader.Tokens;
        for (var i = from; i < to; i++)
        {
            if (!tokens[i].IsWord || !ClaimLexicon.PlanModals.Contains(reader.Word(i))
                || (reader.Is(i, "to") && !(reader.Is(i - 1, "is") || reader.Is(i - 1, "are") || reader.Is(i - 1, "was") || reader.Is(i - 1, "were") || OnATimetable(reader, i - 1) || HeadlinesActor(reader, i - 1))))
            {
                continue;
            }
            var j = i + 1;
            for (var bridged = 0; j < tokens.Count && bridged < 3 && (!tokens[j].IsWord || ClaimLexicon.PlanBridges.Contains(reader.Word(j)) || (j >= from && j < to && reader.IsNumberToken(j))); bridged++)
            {
                j++;
            }
            // "2,000 troops are due to depart for the front": a departure on a timetable is a move decided, like a deployment.
            if (j < tokens.Count && tokens[j].IsWord && (ClaimLexicon.PlannedActions.Contains(reader.Word(j)) || DepartsFor(reader, j) || ArrangedMove(reader, i, j)))
            {
                return true;
            }
        }
        return false;
    }

    // "a further 6,700 construction troops are to go to Kursk", "the plane was due to fly 230 people out": "is to" or a
    // timetable before a verb of movement (status.json timetabledMoves) is an arrangement made, README's "is to be
    // deployed", where only deployment verbs counted. "Of the 28 bodies it was due to return" leaves the count out:
    // the arrangement's subject is a pronoun, not the people counted (golden case are_to_go_and_due_to_fly_are_planned).
    private static bool ArrangedMove(PeopleCountReader reader, int to, int verb)
    {
        if (!reader.Is(to, "to") || !reader.IsIn(verb, TimetabledMoves) || LeavesWhereItIs(reader, verb))
        {
            return false;
        }
        var copula = OnATimetable(reader, to - 1) ? to - 2 : to - 1;
        return !reader.IsIn(copula - 1, SubjectPronouns);
    }

    // "whose roughly 10,500 peacekeepers are due to leave south Lebanon by the end of 2026": leaving with no destination
    // ("for") is a force's departure from where it stands; the count is the force in place, reported (Unseen50
    // naharnet-biyad; golden case due_to_leave_is_the_force_in_place). "due to leave for the front" stays a move decided.
    // The place left is named right after the verb ("leave Lebanon", "leave south Lebanon"); "700 Britons are due to
    // leave on charter flights" is an evacuation arranged, planned.
    private static bool LeavesWhereItIs(PeopleCountReader reader, int verb) =>
        reader.IsIn(verb, LeavingMoves) && !DepartsFor(reader, verb) && (IsName(reader, verb + 1) || (reader.Tokens.Count > verb + 1 && reader.Tokens[verb + 1].IsWord && IsName(reader, verb + 2)));

    private static bool IsName(PeopleCountReader reader, int i) =>
        i < reader.Tokens.Count && reader.Tokens[i].IsWord && char.IsUpper(reader.Text[reader.Tokens[i].Start]);

    // A headline's "North Korea to send 6,000 …": headline grammar drops "is", so "to" right after the actor's name is
    // the actor's decision (golden case: a_headlines_actor_to_send).
    // A long headline in sentence case is no heading to the splitter, so the article's first paragraph without closing
    // punctuation counts too.
    private static bool HeadlinesActor(PeopleCountReader reader, int i) =>
        i >= 0 && reader.Tokens[i].IsWord && char.IsUpper(reader.Text[reader.Tokens[i].Start]) && IsHeadline(reader.Sentence, reader.Text);

    internal static bool IsHeadline(Sentence sentence, string text) =>
        sentence.IsHeading || (sentence.Paragraph == 0 && text.AsSpan(sentence.Start, sentence.End - sentence.Start).TrimEnd() is [.., var last]
            && last is not ('.' or '!' or '?' or '"' or '”' or ':' or ';'));
}
