// Deliveries over time by outcome, and the attempts' p95 latency, from the stats API's time buckets,
// drawn by uPlot (a canvas chart: small, and fast with many points).
import { useEffect, useRef, useState } from "react";
import uPlot from "uplot";
import "uplot/dist/uPlot.min.css";
import { type HookrelayClient, DeliveryStatsSeriesDocument } from "@hookrelay/client";
import { useLoaded } from "./api.js";
import { Notice } from "./components.js";

const css = (name: string) => getComputedStyle(document.documentElement).getPropertyValue(name).trim();

// Read again at most this often while deliveries change: a busy endpoint's chart costs one query per interval.
const REFRESH_MS = 5000;

/** `changes` counts the deliveries' changes seen live: the chart is read again after them. */
export function DeliveryChart({
  client,
  webhookId,
  changes,
}: {
  client: HookrelayClient;
  webhookId: string;
  changes: number;
}) {
  const [version, setVersion] = useState(0);
  const box = useRef<HTMLDivElement>(null);
  const lastRead = useRef(0);

  useEffect(() => {
    if (changes === 0) return;
    const wait = Math.max(0, lastRead.current + REFRESH_MS - Date.now());
    const timer = setTimeout(() => setVersion((read) => read + 1), wait);
    return () => clearTimeout(timer);
  }, [changes]);

  const { value: stats, problem } = useLoaded(async () => {
    lastRead.current = Date.now();
    return (await client.request(DeliveryStatsSeriesDocument, { filter: { webhookId }, bucket: "HOUR" })).deliveryStats;
  }, [client, webhookId, version]);

  useEffect(() => {
    const element = box.current;
    if (!stats || !element) return;
    const rows = stats.series;
    const failedOf = (row: (typeof rows)[number]) => row.failed + row.discarded + row.diverted;
    const data: uPlot.AlignedData = [
      rows.map((row) => Date.parse(row.start ?? stats.from) / 1000),
      rows.map((row) => row.succeeded),
      rows.map(failedOf),
      rows.map((row) => row.latencyP95Ms ?? null),
    ];
    const chart = new uPlot(
      {
        width: Math.max(280, element.clientWidth),
        height: 220,
        // The legend below is the page's own: uPlot's is a table of toggles, out of place inside an image.
        legend: { show: false },
        series: [
          {},
          { label: "Succeeded", stroke: css("--ok"), width: 2 },
          { label: "Failed", stroke: css("--bad"), width: 2 },
          { label: "p95 latency (ms)", stroke: css("--accent"), dash: [4, 4], scale: "ms" },
        ],
        axes: [
          { stroke: css("--muted") },
          { stroke: css("--muted"), label: "Deliveries" },
          { stroke: css("--muted"), side: 1, scale: "ms", label: "ms", grid: { show: false } },
        ],
      },
      data,
      element,
    );
    const resize = () => chart.setSize({ width: Math.max(280, element.clientWidth), height: 220 });
    window.addEventListener("resize", resize);
    return () => {
      window.removeEventListener("resize", resize);
      chart.destroy();
    };
  }, [stats]);

  if (problem) return <Notice kind="error">{problem}</Notice>;
  if (!stats) return <p aria-busy="true">Loading the chart…</p>;
  const { totals } = stats;
  const failed = totals.failed + totals.discarded + totals.diverted;
  const summary = `Last 24 hours: ${totals.total} deliveries, ${totals.succeeded} succeeded, ${failed} failed${
    totals.latencyP95Ms === null || totals.latencyP95Ms === undefined
      ? ""
      : `, p95 latency ${Math.round(totals.latencyP95Ms)} ms`
  }.`;
  return (
    <figure className="chart">
      <div ref={box} role="img" aria-label={summary} />
      <figcaption>
        <ul className="legend" aria-hidden="true">
          <li className="succeeded">Succeeded</li>
          <li className="failed">Failed</li>
          <li className="latency">p95 latency (ms, right axis)</li>
        </ul>
        {summary}
      </figcaption>
    </figure>
  );
}
