using System.Diagnostics;
using AngleSharp.Html.Parser;
using ClaimTracker.Core.Articles;
using ClaimTracker.Core.Claims;

namespace ClaimTracker.Cli.Commands;

/// <summary>
/// <c>bench</c>'s corpus and the code it times. A pass sends each of the first N articles through every stage in turn
/// (bare parse, read, extract, read + extract) rather than each stage over the whole corpus, so that load from other
/// processes on a shared machine falls on all stages alike and the ratios between them stay meaningful.
/// </summary>
internal sealed class BenchWorkload(List<BenchArticle> corpus, List<ArticleDocument?> texts, ArticleReader reader, ClaimExtractor extractor)
{
    private readonly HtmlParser _parser = new();

    public PeakMemory Memory { get; } = new();

    public BenchRound Pass(int articles)
    {
        var round = new BenchRound();
        for (var i = 0; i < articles; i++)
        {
            var article = corpus[i];
            var a0 = GC.GetAllocatedBytesForCurrentThread();
            var c0 = ThreadCpuClock.Now();
            var t0 = Stopwatch.GetTimestamp();
            if (article.IsHtml)
            {
                using var document = _parser.ParseDocument(article.Content);
            }
            var t1 = Stopwatch.GetTimestamp();
            var c1 = ThreadCpuClock.Now();
            var a1 = GC.GetAllocatedBytesForCurrentThread();
            reader.Read(article.Bytes, article.Name);
            var t2 = Stopwatch.GetTimestamp();
            var c2 = ThreadCpuClock.Now();
            var a2 = GC.GetAllocatedBytesForCurrentThread();
            if (texts[i] is { } text)
            {
                round.Claims += extractor.Extract(text.Text, text.Published).Count;
            }
            var t3 = Stopwatch.GetTimestamp();
            var c3 = ThreadCpuClock.Now();
            var a3 = GC.GetAllocatedBytesForCurrentThread();
            if (reader.Read(article.Bytes, article.Name).Document is { } document2)
            {
                extractor.Extract(document2.Text, document2.Published);
            }
            var t4 = Stopwatch.GetTimestamp();
            var c4 = ThreadCpuClock.Now();
            round.Allocated[BenchRound.Parse] += a1 - a0;
            round.Allocated[BenchRound.Read] += a2 - a1;
            round.Allocated[BenchRound.Extract] += a3 - a2;
            round.Ticks[BenchRound.Parse] += t1 - t0;
            round.Ticks[BenchRound.Read] += t2 - t1;
            round.Ticks[BenchRound.Extract] += t3 - t2;
            round.Ticks[BenchRound.Pipeline] += t4 - t3;
            round.Cpu[BenchRound.Parse] += c1 - c0;
            round.Cpu[BenchRound.Extract] += c3 - c2;
            if (article.IsHtml)
            {
                round.Ticks[BenchRound.HtmlPipeline] += t4 - t3;
                round.Cpu[BenchRound.HtmlPipeline] += c4 - c3;
            }
            var path = !article.IsHtml ? BenchRound.TextArticle : article.Content.Contains("<article", StringComparison.Ordinal) ? BenchRound.MarkedPage : BenchRound.UnmarkedPage;
            round.PathTicks[path] += t2 - t1;
            round.PathArticles[path]++;
            if (i % 32 == 0)
            {
                Memory.Sample();
            }
        }
        return round;
    }

    /// <summary>The GC heap's largest size seen at the samples a pass takes.</summary>
    internal sealed class PeakMemory
    {
        public long Peak { get; private set; }

        public void Sample() => Peak = Math.Max(Peak, GC.GetTotalMemory(forceFullCollection: false));
    }
}
