namespace ClaimTracker.Core.Claims;

/// <summary>
/// Which speaker a sentence with no attribution of its own belongs to. A speaker's scope opens at a frame ("the
/// ministry said") and runs on through the sentences after it; it closes at a new frame (which opens its own scope), a
/// heading or page furniture, a paragraph that neither attributes nor claims anything, and the end of a bulleted entry
/// (<see cref="ListEntry"/>). Lines under a lead-in that ends in a colon stay in the lead-in's scope
/// (<see cref="ListLeadIn"/>). Where a scope closes, the document's own voice takes over: the publishing body of a
/// situation report (<see cref="PublisherVoice"/>), nobody in an outlet's report. Background narration
/// (<see cref="BackgroundNarration"/>) is the writer's and inherits no one, and a figure on a new topic in a later
/// paragraph (<see cref="TopicShift"/>) takes the document's voice. Golden cases: inherited_next_sentence,
/// inherited_next_paragraph, heading_ends_attribution, list_lines_under_a_lead_in_keep_the_speaker,
/// bullet_entries_close_the_speaker, situation_report_speaks_in_its_own_voice, a_new_topic_ends_the_speaker.
/// </summary>
internal sealed class SpeakerScope(string text, List<Sentence> sentences, Attributor? publisher)
{
    private readonly Attributor? voice = publisher;
    private int paragraph = -1;
    private bool paragraphActive = true;
    // The scope the entries under a lead-in line share, and the indent they must be deeper than.
    private Attributor? listSpeaker;
    private int listIndent = -2;
    // Whether the last line was an entry, and the speaker its entry started from: a speaker an entry names itself
    // ("- Health officials in Gaza reported …") ends with the list, so the line after the list goes back to that one.
    private bool inList;
    private Attributor? entryBase;
    // The last paragraph the speaker in scope was named in or spoke for, and the kinds of fate the thread's figures gave (TopicShift's bits).
    private int scopeParagraph = -1;
    // The paragraph a sentence of background narration opened: the rest of it is the writer's too ("The war began when
    // … Fifty-five hostages remain in Gaza"), until a frame of its own speaks (golden case
    // background_narration_runs_to_the_end_of_its_paragraph; Unseen49 latimes-gaza-aid-sites-warning-shots).
    private int backgroundParagraph = -1;
    // A paragraph telling what a camera or the reporter saw: the writer's, until a frame of its own speaks (ObservedScene).
    private int sceneParagraph = -1;
    private int topics;
    // The bulleted row under a lead-in being read, which is no crosshead however short (ListedUnderLeadIn).
    private int listedRow = -1;
    // The sentence-wide tests of Inherit, once a sentence (SentenceNarration).
    private readonly SentenceNarration narration = new(text);
    private readonly List<Token> tokens = [];
    // The sentence whose frame opened the scope: where a speaker of no country placed its figures (OtherSidesOpening).
    private int frameSentence = -1;
    // The body whose statement is pasted below its lead-in, while the pasted text runs (PastedStatement).
    private Attributor? pasted;

    /// <summary>The document's own voice: the publishing or issuing body, or null for an outlet's report.</summary>
    public Attributor? Voice => voice;

    /// <summary>The speaker in scope: the one a frameless sentence inherits.</summary>
    public Attributor? Carried { get; private set; } = publisher;

    /// <summary>Moves into sentence <paramref name="si"/>, closing the scope at the boundaries it crosses.</summary>
    public void Enter(int si)
    {
        var sentence = sentences[si];
        if (pasted is not null && Pasted(si))
        {
            return;
        }
        var leadIn = si > 0 && ListLeadIn.Is(text, sentences[si - 1]);
        if (sentence.Paragraph != paragraph)
        {
            if ((!paragraphActive || ReleaseResumes()) && !leadIn)
            {
                Close();
            }
            paragraph = sentence.Paragraph;
            paragraphActive = false;
            sceneParagraph = ObservedScene.Paragraph(text, sentences, si) ? paragraph : -1;
        }
        listedRow = ListedUnderLeadIn(si, leadIn) ? si : listedRow;
        if ((sentence.IsHeading && listedRow != si) || sentence.IsFurniture)
        {
            Close();
        }
        else if (EntryHeading.Opens(text, sentences, si))
        {
            // A live page's entry heading ends the speaker, not the story's topics (TopicShift still reads them).
            Carried = voice;
        }
        if (BackgroundNarration.Opens(text, sentence))
        {
            backgroundParagraph = sentence.Paragraph;
        }
        EnterEntry(si, leadIn);
    }

    /// <summary>The lead-in just read introduces a statement pasted under it: the speaker in scope speaks for all of it.</summary>
    public void Paste()
    {
        pasted = Carried;
    }

    // Inside a pasted statement its letterhead and paragraphs keep the body's voice, each paragraph starting from it
    // again; its end line or page furniture closes it. False when the text has ended here.
    private bool Pasted(int si)
    {
        var sentence = sentences[si];
        if (PastedStatement.Closes(text, sentence) || sentence.IsFurniture)
        {
            pasted = null;
            Close();
            return false;
        }
        if (sentence.Paragraph != paragraph)
        {
            paragraph = sentence.Paragraph;
            Carried = pasted;
        }
        return true;
    }

    // A bulleted line is an entry: under a lead-in it takes the lead-in's speaker, otherwise it starts afresh.
    private void EnterEntry(int si, bool leadIn)
    {
        var indent = ListEntry.Indent(text, sentences, si);
        if (indent < 0)
        {
            if (si > 0 && sentences[si - 1].Line != sentences[si].Line && !leadIn)
            {
                listIndent = -2;
                if (inList)
                {
                    // The list has ended (Golden case: list_entry_speaker_ends_with_the_list).
                    inList = false;
                    Carried = entryBase;
                }
            }
            return;
        }
        if (leadIn)
        {
            listSpeaker = Carried;
            listIndent = LineIndent(si - 1);
        }
        inList = true;
        if (indent > listIndent && listIndent > -2)
        {
            Carried = entryBase = listSpeaker;
            return;
        }
        listIndent = -2;
        Close();
        entryBase = Carried;
    }

    // "The statement detailed the casualties as follows:" over "- Harouf: six martyrs and ten wounded": a short entry
    // reads like a crosshead to the splitter, but under a lead-in it is one of the list's rows and keeps its speaker.
    // So does an unbulleted row, "South: 8 martyrs and 42 wounded" under "… distributed across the governorates as
    // follows:", and every such row straight after it (<see cref="EntryHeading.IsTableRow"/>; golden cases
    // unbulleted_rows_under_a_lead_in_keep_the_speaker, unbulleted_rows_after_prose_take_no_speaker).
    private bool ListedUnderLeadIn(int si, bool leadIn)
    {
        var indent = ListEntry.Indent(text, sentences, si);
        if (indent < 0)
        {
            return (leadIn || (listedRow == si - 1 && si > 0)) && OwnLine(si)
                && EntryHeading.IsTableRow(text.AsSpan(sentences[si].Start, sentences[si].End - sentences[si].Start).Trim());
        }
        return indent >= 0 && (leadIn ? indent > LineIndent(si - 1) : listIndent > -2 && indent > listIndent);
    }

    // A row is a line of its own: no sentence of its line before or after it.
    private bool OwnLine(int si) =>
        (si == 0 || sentences[si - 1].Line != sentences[si].Line) && (si + 1 >= sentences.Count || sentences[si + 1].Line != sentences[si].Line);

    // The indent of the lead-in's bullet, or -1 when the lead-in is not bulleted (every entry under it is deeper).
    private int LineIndent(int si) => ListEntry.Indent(text, sentences, si) is var indent and >= 0 ? indent : -1;

    // "The Sudan Doctors Network said at least 470 … ¶ More than 7,000 displaced families …", "… the United Nations
    // verified that … ¶ Some 760,000 children …": in a body's own release another body's figures end with its paragraph,
    // and the release's voice resumes in the next (golden case: a_release_resumes_its_voice_in_the_next_paragraph).
    private bool ReleaseResumes() =>
        voice?.Source is { } own && Carried?.Source is { } other && other.Name != own.Name;

    private void Close()
    {
        Carried = voice;
        topics = 0;
    }

    /// <summary>
    /// The speaker a figure of sentence <paramref name="si"/> about <paramref name="metric"/> inherits, or null for the
    /// writer's own narration (and a war's own toll, <see cref="WarsOwnToll"/>); a new topic in a later paragraph closes the scope (<see cref="TopicShift"/>).
    /// </summary>
    public Attributor? Inherit(int si, Metric? metric, int figure)
    {
        if (pasted is not null)
        {
            // The pasted statement's narration is the body's own, not the writer's (PastedStatement).
            return sentences[si].IsHeading || narration.HasOwnSpeaker(sentences[si]) ? null : Carried;
        }
        if ((sentences[si].IsHeading && si != listedRow) || sentences[si].Paragraph == backgroundParagraph || WarsOwnToll.Holds(text, sentences[si], figure)
            || narration.HasOwnSpeaker(sentences[si]))
        {
            return null;
        }
        if (BodiesAtHospital.ArmyCarried(text, sentences[si], Carried?.Source) || sentences[si].Paragraph == sceneParagraph
            || CrowdScene.Holds(text, sentences[si], metric, figure) || TollAbroad.Holds(text, sentences[si], figure, Carried?.Source, tokens)
            || (Carried != voice && OtherSidesOpening.Holds(text, sentences[si], frameSentence >= 0 ? sentences[frameSentence] : null, Carried?.Source, tokens)))
        {
            // A hospital's intake of bodies is never the army's count (<see cref="BodiesAtHospital"/>), nor is a scene
            // the writer saw or a crowd the writer describes the earlier speaker's (<see cref="ObservedScene"/>, <see cref="CrowdScene"/>),
            // nor a toll placed abroad a state body's (<see cref="TollAbroad"/>), nor a sentence opening on the other side of a
            // border the speaker's (<see cref="OtherSidesOpening"/>).
            return voice;
        }
        // A deal's terms and an earlier event tied on with "came a day after" are the writer's as well
        // (<see cref="DealNarration"/>, <see cref="EarlierEventLink"/>); a sentence with an unnamed speaker of its own,
        // one who told an outlet or relatives who say, inherits no one (<see cref="InterviewedSpeaker"/>, <see cref="WitnessSpeaker"/>).
        if (sentences[si].Paragraph != scopeParagraph && Carried != voice
            && narration.IsWriters(sentences[si]))
        {
            // "Last month, an Israeli drone attack … killed five people": the writer's recap, not the earlier speaker's news.
            return voice;
        }
        var topic = TopicShift.Topic(metric);
        // A speaker that has given no figure yet ("This is a summary of what the spokesperson said") has no topic to leave.
        if (Carried != voice && sentences[si].Paragraph != scopeParagraph && topic != 0 && topics != 0 && (topics & topic) == 0)
        {
            Close();
        }
        // The thread reaches this paragraph: later figures here go on with it.
        scopeParagraph = sentences[si].Paragraph;
        return Carried;
    }

    /// <summary>A figure given in the scope, by its frame or inherited: its fate is part of the scope's topic.</summary>
    public void Gave(Metric? metric) => topics |= TopicShift.Topic(metric);

    /// <summary>A frame of sentence <paramref name="si"/> opens a new scope; the story's topics so far stay.</summary>
    public void Open(Attributor speaker, int si)
    {
        backgroundParagraph = -1;
        sceneParagraph = -1;
        Carried = speaker;
        frameSentence = si;
        scopeParagraph = sentences[si].Paragraph;
        paragraphActive = true;
    }

    /// <summary>A frame that speaks for its own sentence only: the document's voice takes over after it.</summary>
    public void End() => Close();

    /// <summary>The sentence attributed or claimed something: its paragraph is part of the thread.</summary>
    public void Active() => paragraphActive = true;
}
