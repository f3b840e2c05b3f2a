import type { Literal, Node, Parent, Position } from 'unist';

/** A comment line (`#` or `;`). */
export interface UnitComment extends Literal {
  type: 'comment';
  value: string;
  position: Position;
}

/** One physical piece of a directive's value (one line of a continuation). */
export interface ValueSegment {
  /** Offset in the file of the first character of `text`. */
  start: number;
  text: string;
}

/**
 * `Key=Value`. `value` is the logical value as systemd reads it: leading and
 * trailing whitespace removed, each `\`+newline replaced by a space, comment
 * lines inside a continuation skipped.
 */
export interface Directive extends Node {
  type: 'directive';
  key: string;
  value: string;
  /** Span of the key. */
  keyPosition: Position;
  /** Span of the value, from its first to its last character (empty values: where it would start). */
  valuePosition: Position;
  /** The physical pieces that make up `value`, in order, for exact edits. */
  segments: ValueSegment[];
  /** Whole directive, from the key to the end of its last physical line (without the line break). */
  position: Position;
}

/** `[Name]` and the lines under it. */
export interface Section extends Parent {
  type: 'section';
  name: string;
  /** Span of the header line `[Name]`. */
  headerPosition: Position;
  children: Array<Directive | UnitComment>;
  position: Position;
}

/** What the file name says about the unit. */
export interface UnitInfo {
  /** File name, e.g. `foo@.service` or `override.conf`. */
  fileName: string;
  /** Unit name: for a drop-in `foo.service.d/x.conf` this is `foo.service`. */
  unitName: string;
  /** `service`, `socket`, `timer`, … (from the unit name). */
  unitType: string;
  /** `foo@.service` */
  template: boolean;
  /** `foo@bar.service` */
  instance: boolean;
  /** A drop-in `NAME.d/*.conf`: partial by nature, so "missing" checks do not apply. */
  dropIn: boolean;
  /** A build-time template (`NAME.service.in`): `@VAR@` placeholders stand for values. */
  buildTemplate: boolean;
  /**
   * A unit for the user manager (`systemctl --user`): kept in a `user/` directory, named
   * `NAME-user.service`, or tied to a target only the user manager has. `default.target` is
   * where it is installed; `multi-user.target` does not exist there.
   */
  userUnit: boolean;
}

export interface UnitFile extends Parent {
  type: 'unit';
  /** Sections in file order; comments before the first section are kept in `leading`. */
  children: Section[];
  leading: Array<UnitComment | Directive>;
  info: UnitInfo;
  position: Position;
}

export type UnitNode = UnitFile | Section | Directive | UnitComment;
