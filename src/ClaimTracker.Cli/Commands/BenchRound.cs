namespace ClaimTracker.Cli.Commands;

/// <summary>
/// What one pass of <c>bench</c> over the corpus cost, stage by stage: wall-clock ticks, the bench thread's CPU time and
/// the bytes it allocated, and the reader's time by kind of page. <c>bench</c> keeps one per measured round and reports
/// the medians of the figures each yields.
/// </summary>
internal sealed class BenchRound
{
    public const int Parse = 0, Read = 1, Extract = 2, Pipeline = 3, HtmlPipeline = 4, StageCount = 5;

    /// <summary>Reader paths, as <c>reader-by-path</c> names them.</summary>
    public const int MarkedPage = 0, UnmarkedPage = 1, TextArticle = 2, PathCount = 3;

    public long[] Ticks { get; } = new long[StageCount];

    /// <summary>Nanoseconds of the thread's CPU time (0 where the clock is not available).</summary>
    public long[] Cpu { get; } = new long[StageCount];

    public long[] Allocated { get; } = new long[StageCount];

    public long[] PathTicks { get; } = new long[PathCount];

    public int[] PathArticles { get; } = new int[PathCount];

    /// <summary>Claims the extractor stage found in this pass.</summary>
    public int Claims { get; set; }

    /// <summary>The whole pipeline's time on the html pages over the bare parse's time on the same pages.</summary>
    public double PipelineVsParse => Ticks[HtmlPipeline] / (double)Math.Max(1, Ticks[Parse]);

    public double CpuPipelineVsParse => Cpu[HtmlPipeline] / (double)Math.Max(1, Cpu[Parse]);
}
