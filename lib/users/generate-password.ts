// One-time passwords the desk shows once: 16 characters from an alphabet without look-alikes (0/O, 1/l/I).
import { randomInt } from "node:crypto";
import { passwordWeakness } from "@/lib/auth/password";

const ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

export function generatePassword(): string {
  for (;;) {
    const password = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
    if (passwordWeakness(password) === null && /\d/.test(password)) return password;
  }
}
