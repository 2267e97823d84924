// The date picker: any day, straight to its issue (or the nearest ones). A GET form, no JavaScript needed.
export function DateJump({ defaultDate }: { defaultDate?: string }) {
  return (
    <form action="/issues/go" method="get" className="date-jump">
      <label>
        按日期查看
        <input type="date" name="date" required defaultValue={defaultDate} />
      </label>
      <button type="submit">查看</button>
    </form>
  );
}
