/** Resolves in a new task: work after it no longer extends the task that awaited it. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
